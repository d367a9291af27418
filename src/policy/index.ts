/** The policy layer: pure, no DOM. The statechart asks; this decides. */
export { evaluate, possibleQuestions } from './evaluate.ts';
export type { EvaluateOptions } from './evaluate.ts';
export { validatePolicy } from './validate.ts';
export type { PolicyValidation } from './validate.ts';
export { imicro } from './policies/imicro.ts';
export { igarden } from './policies/igarden.ts';
export { FACTS, SITUATIONS, PAYMENT_METHODS, isFactName, ownFact } from './facts.ts';
export type { Facts, FactName, Situation, PaymentMethod, DateAnchor } from './facts.ts';
export type { Policy, PolicyInput, LocalText, Step, Note, TimelineEntry } from './schema.ts';
export type {
  Decision,
  SettledDecision,
  OpenDecision,
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
export { addDays, daysBetween, isCalendarDate, isLocalDateTime, localDateAt, instantAt, systemTimeZone } from './dates.ts';
export type { CalendarDate, LocalDateTime } from './dates.ts';
export { shareOf } from './money.ts';
