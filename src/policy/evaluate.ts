import { checkFacts } from './check-facts.ts';
import { isTimeZone, localDateAt, systemTimeZone } from './dates.ts';
import type { Alternative, Decision, FactProblem, NeededFact, Outcome, Verdict } from './decision.ts';
import { explore } from './explore.ts';
import type { Context, Leaf } from './explore.ts';
import type { FactName, FactValue, Facts } from './facts.ts';
import { indexOf } from './policy-index.ts';
import type { Policy } from './schema.ts';

export interface EvaluateOptions {
  /** The shopper's IANA time zone; the browser's own by default. */
  timeZone?: string;
  /** Facts the shopper said they don't know: never asked again; the result says what it depends on. */
  unknown?: readonly FactName[];
}

function prepare(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions): { context: Context; problems: FactProblem[] } {
  const timeZone = options.timeZone !== undefined && isTimeZone(options.timeZone) ? options.timeZone : systemTimeZone();
  const instant = typeof now === 'number' ? now : now.getTime();
  const today = localDateAt(instant, timeZone);
  const { usable, problems } = checkFacts(policy, facts, instant, timeZone, today);
  return { context: { policy, facts: usable, now: instant, timeZone, today }, problems };
}

/** Least favourable first: a pre-check never over-promises. */
const VERDICT_ORDER: Record<Verdict, number> = { 'not-eligible': 0, 'needs-review': 1, 'handled-elsewhere': 2, eligible: 3 };
function lessFavourable(a: Outcome, b: Outcome): number {
  const byVerdict = VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict];
  if (byVerdict !== 0) return byVerdict;
  // The earlier deadline first: a shopper told the later one could miss the real one.
  const lastDay = (outcome: Outcome) => (outcome.deadline && outcome.deadline.kind !== 'event' ? outcome.deadline.lastDay : '9999-12-31');
  if (lastDay(a) !== lastDay(b)) return lastDay(a) < lastDay(b) ? -1 : 1;
  const total = (outcome: Outcome) => (outcome.refund?.totalCents ?? 0) - (outcome.refund?.atMost ? 0.5 : 0);
  if (total(a) !== total(b)) return total(a) - total(b);
  // The same total (or none known): the one with more the shopper pays or loses comes first.
  const costs = (outcome: Outcome) =>
    (outcome.refund?.lines ?? []).filter((line) => line.effect === 'deduction' || line.effect === 'paid-by-shopper' || line.effect === 'not-refunded').length;
  return costs(b) - costs(a);
}

const RANGED_KINDS = new Set(['number', 'amount', 'weight', 'date', 'moment']);

/**
 * What tells two outcomes apart for a shopper: the verdict, the rule, the reasons, what comes back and what to do —
 * not the dates, which follow from an unknown date one day at a time.
 */
function shapeOf(outcome: Outcome): string {
  return [
    outcome.verdict,
    outcome.ruleId,
    outcome.reasons.map((reason) => `${reason.ruleId}:${reason.code}`).join(','),
    outcome.outcome?.ruleId ?? '',
    (outcome.refund?.lines ?? []).map((line) => `${line.code}:${line.ruleId}:${line.effect}:${line.amountCents}`).join(','),
    outcome.nextSteps.map((step) => step.id).join(','),
    outcome.requirements.map((requirement) => requirement.ruleId).join(','),
  ].join('|');
}

/** Every distinct outcome, with the values of the unanswered facts that lead to it (as ranges for numbers and dates). */
function alternativesOf(policy: Policy, leaves: Leaf[], open: readonly FactName[]): Alternative[] {
  const groups = new Map<string, Leaf[]>();
  for (const leaf of leaves) {
    const key = shapeOf(leaf.outcome);
    const group = groups.get(key);
    if (group) group.push(leaf);
    else groups.set(key, [leaf]);
  }
  const index = indexOf(policy);
  const compare = (a: FactValue, b: FactValue) => (a < b ? -1 : a > b ? 1 : 0);
  const allValues = new Map(
    open.map((fact) => [fact, [...new Set(leaves.flatMap((leaf) => (leaf.assignment.has(fact) ? [leaf.assignment.get(fact)!] : [])))].sort(compare)]),
  );
  const alternatives = [...groups.values()].map((group): Alternative => {
    // Dates within one alternative differ (a later delivery, a later last day): it shows the least favourable of them.
    const first = [...group].sort((a, b) => lessFavourable(a.outcome, b.outcome))[0]!;
    const when = open
      .filter((fact) => first.assignment.has(fact))
      .map((fact) => {
        const value = first.assignment.get(fact)!;
        if (!RANGED_KINDS.has(index.kinds.get(fact) ?? '')) return { fact, value };
        const all = allValues.get(fact)!;
        const mine = [...new Set(group.flatMap((leaf) => (leaf.assignment.has(fact) ? [leaf.assignment.get(fact)!] : [])))].sort(compare);
        const low = all.indexOf(mine[0]!);
        const high = all.indexOf(mine.at(-1)!);
        // A range only when this outcome's values are next to each other among all the values tried.
        if (high - low + 1 !== mine.length) return { fact, value };
        return { fact, value, range: { after: low > 0 ? all[low - 1]! : null, upTo: high < all.length - 1 ? all[high]! : null } };
      });
    return { when, outcome: first.outcome };
  });
  return alternatives.sort((a, b) => lessFavourable(a.outcome, b.outcome));
}

/**
 * Decides whether a purchase can be returned or cancelled under `policy`.
 *
 * Pure: the same policy, facts and `now` give the same decision. When an unknown
 * fact the shopper could answer could still change the decision, the result is
 * open and lists those facts (`needed`), most decisive first; otherwise it is the
 * settled decision. When it still depends on facts nobody will answer now (the
 * store's inspection, or a shopper's "I don't know"), the settled decision lists
 * each way it can go in `alternatives` and shows the least favourable.
 * Facts that cannot be used (a date in the future, a price of "abc") are listed
 * in `problems` and treated as unknown.
 *
 * @example
 * evaluate(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10',
 *   pricePaidCents: 12_999, paymentMethod: 'credit-card' }, new Date('2026-11-23T12:00:00Z'))
 * // → { settled: true, verdict: 'eligible', deadline: { lastDay: '2026-12-10', … }, refund: { totalCents: 12_505, … }, … }
 */
export function evaluate(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): Decision {
  const { context, problems } = prepare(policy, facts, now, options);
  const unanswerable = new Set<FactName>([...indexOf(policy).storeFacts, ...(options.unknown ?? [])]);
  const { leaves, needed, open } = explore(context, unanswerable);
  if (needed.length > 0) {
    const possibleVerdicts = [...new Set(leaves.map((leaf) => leaf.outcome.verdict))];
    return { settled: false, needed, possibleVerdicts, problems };
  }
  const first = leaves[0]!;
  if (leaves.every((leaf) => leaf.signature === first.signature)) {
    return { settled: true, ...first.outcome, alternatives: [], problems };
  }
  const alternatives = alternativesOf(policy, leaves, open);
  // Outcomes that differ only in their dates (an unknown delivery day) are one result: its least favourable dates.
  return { settled: true, ...alternatives[0]!.outcome, alternatives: alternatives.length > 1 ? alternatives : [], problems };
}

/**
 * Every question the policy could come to ask, given what is known: the facts its
 * rules read on some branch. A conversation uses this to lay out its map; which
 * question is asked, and when, still comes from `evaluate`.
 * @example possibleQuestions(igarden, { situation: 'cancel-order' }, Date.now()) // shipped, preOrder, …
 */
export function possibleQuestions(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): NeededFact[] {
  const unanswerable = new Set<FactName>([...indexOf(policy).storeFacts, ...(options.unknown ?? [])]);
  return explore(prepare(policy, facts, now, options).context, unanswerable).read;
}
