/** The policy layer: pure, no DOM. The statechart asks; this decides. */
export { evaluate, evaluateInSteps, openingDecision, possibleQuestions } from './evaluate.ts';
export { runInTasks } from './steps.ts';
export type { EvaluateOptions } from './evaluate.ts';
export { validatePolicy, validatePolicyInSteps, formatIssue } from './validate.ts';
export type { PolicyValidation, PolicyIssue, ValidateOptions } from './validate.ts';
export { readScenarioTable, runScenarios, citedRuleIds } from './scenarios.ts';
export type { ScenarioTable, Scenario, ScenarioResult, Mismatch, Expectation } from './scenarios.ts';
export { BUILT_IN_FACTS, FACT_KINDS, SITUATIONS, isBuiltInFact, ownFact } from './facts.ts';
export type { Facts, FactName, FactValue, FactKind, Situation, BuiltInFact } from './facts.ts';
export { kindOf } from './policy-index.ts';
export { policyFromJsonLd, policyToJsonLd, returnPoliciesIn } from './json-ld.ts';
export type { FromJsonLdOptions, ToJsonLdOptions } from './json-ld.ts';
export type { Policy, PolicyInput, LocalText, Step, Note, TimelineEntry, Rule, FactSpec, Group, OutcomeKind, Condition } from './schema.ts';
export type {
  Decision,
  SettledDecision,
  OpenDecision,
  Outcome,
  Alternative,
  Verdict,
  Reason,
  Deadline,
  DayDeadline,
  HourDeadline,
  EventDeadline,
  Refund,
  RefundLine,
  NeededFact,
  FactProblem,
} from './decision.ts';
export { addDays, addBusinessDays, daysBetween, isCalendarDate, isLocalDateTime, localDateAt, instantAt, systemTimeZone } from './dates.ts';
export type { CalendarDate, LocalDateTime } from './dates.ts';
export { shareOf } from './money.ts';
