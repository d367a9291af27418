/**
 * Scenario tables: shopper cases with the answer the store's support team would
 * give. The CLI's `check`, the test suite and the studio all run them with this.
 */
import * as v from 'valibot';
import { instantAt, isLocalDateTime, isTimeZone } from './dates.ts';
import type { Decision, Outcome, SettledDecision } from './decision.ts';
import { evaluate } from './evaluate.ts';
import type { Facts } from './facts.ts';
import type { Policy } from './schema.ts';

const expectation = v.strictObject({
  settled: v.optional(v.boolean()),
  verdict: v.optional(v.picklist(['eligible', 'not-eligible', 'handled-elsewhere', 'needs-review'])),
  rule: v.optional(v.string()),
  cites: v.optional(v.array(v.string())),
  lastDay: v.optional(v.nullable(v.string())),
  /** For a window that has closed: the day it ended (the result shows no deadline, the reason says when). */
  endedOn: v.optional(v.string()),
  daysLeft: v.optional(v.number()),
  deadlineAt: v.optional(v.string()),
  totalCents: v.optional(v.nullable(v.number())),
  atMost: v.optional(v.boolean()),
  outcome: v.optional(v.nullable(v.string())),
  fees: v.optional(v.record(v.string(), v.nullable(v.number()))),
  needs: v.optional(v.array(v.string())),
  alternatives: v.optional(v.number()),
});

const scenario = v.strictObject({
  name: v.pipe(v.string(), v.nonEmpty()),
  now: v.pipe(
    v.string('a local time YYYY-MM-DDTHH:mm'),
    v.check((value: string) => isLocalDateTime(value), 'a local time YYYY-MM-DDTHH:mm'),
  ),
  facts: v.record(v.string(), v.union([v.string(), v.number(), v.boolean()])),
  unknown: v.optional(v.array(v.string())),
  /** Why the store would answer so: the clause, or a note on a gap in the format. */
  note: v.optional(v.string()),
  expect: expectation,
});

export const scenarioTableSchema = v.strictObject({
  $schema: v.optional(v.string()),
  timeZone: v.optional(
    v.pipe(
      v.string(),
      v.check((value: string) => isTimeZone(value), 'an IANA time zone such as America/New_York'),
    ),
    'UTC',
  ),
  scenarios: v.array(scenario),
});

export type ScenarioTable = v.InferOutput<typeof scenarioTableSchema>;
export type Scenario = v.InferOutput<typeof scenario>;
export type Expectation = v.InferOutput<typeof expectation>;

export interface Mismatch {
  field: string;
  expected: unknown;
  got: unknown;
}
export interface ScenarioResult {
  name: string;
  ok: boolean;
  mismatches: Mismatch[];
  decision: Decision;
}

/** Reads a scenario table, or says what is wrong with it. */
export function readScenarioTable(data: unknown): { ok: true; table: ScenarioTable } | { ok: false; errors: string[] } {
  const result = v.safeParse(scenarioTableSchema, data, { abortEarly: false });
  if (result.success) return { ok: true, table: result.output };
  return {
    ok: false,
    errors: result.issues.map((issue) => {
      const path =
        (issue.path ?? [])
          .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
          .join('')
          .replace(/^\./, '') || '(table)';
      if (issue.type === 'strict_object' && issue.expected === 'never')
        return `${path}: not a field of a scenario table (see "Scenario tables" in docs/policy-format.md)`;
      return `${path}: expected ${issue.expected ?? issue.message}, got ${JSON.stringify(issue.input) ?? 'nothing'}`;
    }),
  };
}

/** Every rule id a decision cites: reasons, requirements, steps, refund lines, timeline, notes, deadline, outcome, and those of each alternative. */
export function citedRuleIds(decision: SettledDecision | Outcome): string[] {
  const alternatives = 'alternatives' in decision ? decision.alternatives.flatMap((alternative) => citedRuleIds(alternative.outcome)) : [];
  return [
    ...alternatives,
    decision.ruleId,
    ...decision.reasons.map((r) => r.ruleId),
    ...decision.requirements.map((r) => r.ruleId),
    ...decision.nextSteps.map((s) => s.id),
    ...(decision.refund?.lines.map((l) => l.ruleId) ?? []),
    ...decision.timeline.map((t) => t.id),
    ...decision.notes.map((n) => n.id),
    ...(decision.deadline ? [decision.deadline.ruleId] : []),
    ...(decision.outcome ? [decision.outcome.ruleId] : []),
  ];
}

function compare(expect: Expectation, decision: Decision): Mismatch[] {
  const out: Mismatch[] = [];
  const check = (field: string, expected: unknown, got: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(got)) out.push({ field, expected, got });
  };
  // A scenario whose facts cannot be used (a misspelt fact, "yes" for true) would test something else: it fails, saying why.
  if (decision.problems.length > 0) out.push({ field: 'facts', expected: 'every fact usable', got: decision.problems.map((problem) => problem.message) });
  const settled = expect.settled ?? expect.needs === undefined;
  check('settled', settled, decision.settled);
  if (!decision.settled) {
    check(
      'needs',
      expect.needs,
      decision.needed.map((n) => (n.precision === 'time' ? `${n.fact}.time` : n.fact)),
    );
    return out;
  }
  check('verdict', expect.verdict, decision.verdict);
  check('rule', expect.rule, decision.ruleId);
  if (expect.cites) {
    const cited = citedRuleIds(decision);
    const missing = expect.cites.filter((id) => !cited.includes(id));
    if (missing.length) out.push({ field: 'cites', expected: expect.cites, got: [...new Set(cited)] });
  }
  const deadline = decision.deadline;
  check('lastDay', expect.lastDay, deadline && deadline.kind !== 'event' ? deadline.lastDay : null);
  if (expect.endedOn !== undefined) {
    const closed = decision.reasons.filter((reason) => reason.code === 'window-closed').map((reason) => reason.params.lastDay);
    if (!closed.includes(expect.endedOn)) out.push({ field: 'endedOn', expected: expect.endedOn, got: closed });
  }
  check('daysLeft', expect.daysLeft, deadline?.kind === 'day' ? deadline.daysLeft : undefined);
  check('deadlineAt', expect.deadlineAt, deadline?.kind === 'hours' ? deadline.local : undefined);
  check('totalCents', expect.totalCents, decision.refund ? decision.refund.totalCents : null);
  check('atMost', expect.atMost, decision.refund?.atMost ?? false);
  check('outcome', expect.outcome, decision.outcome?.kind ?? null);
  if (expect.fees) {
    const got = Object.fromEntries((decision.refund?.lines ?? []).filter((l) => l.code === 'fee').map((l) => [l.ruleId, l.amountCents]));
    check('fees', expect.fees, got);
  }
  check('alternatives', expect.alternatives, decision.alternatives.length);
  return out;
}

/** Runs every scenario of a table against a policy. */
export function runScenarios(policy: Policy, table: ScenarioTable): ScenarioResult[] {
  return table.scenarios.map((row) => {
    const decision = evaluate(policy, row.facts as Facts, instantAt(row.now, table.timeZone), { timeZone: table.timeZone, unknown: row.unknown ?? [] });
    const mismatches = compare(row.expect, decision);
    return { name: row.name, ok: mismatches.length === 0, mismatches, decision };
  });
}
