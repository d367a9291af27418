import { checkFacts } from './check-facts.ts';
import { isTimeZone, localDateAt, systemTimeZone } from './dates.ts';
import type { Decision, FactProblem, NeededFact, Verdict } from './decision.ts';
import { explore } from './explore.ts';
import type { Context } from './explore.ts';
import type { Facts } from './facts.ts';
import type { Policy } from './schema.ts';

export interface EvaluateOptions {
  /** The shopper's IANA time zone; the browser's own by default. */
  timeZone?: string;
}

function prepare(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions): { context: Context; problems: FactProblem[] } {
  const timeZone = options.timeZone !== undefined && isTimeZone(options.timeZone) ? options.timeZone : systemTimeZone();
  const instant = typeof now === 'number' ? now : now.getTime();
  const today = localDateAt(instant, timeZone);
  const { usable, problems } = checkFacts(facts, instant, timeZone, today);
  return { context: { policy, facts: usable, now: instant, timeZone, today }, problems };
}

/**
 * Decides whether a purchase can be returned or cancelled under `policy`.
 *
 * Pure: the same policy, facts and `now` give the same decision. When an unknown
 * fact could still change the decision, the result is open and lists those facts
 * (`needed`), most decisive first; otherwise it is the settled decision.
 * Facts that cannot be used (a date in the future, a price of "abc") are listed
 * in `problems` and treated as unknown.
 *
 * @example
 * evaluate(imicro, { situation: 'changed-mind', soldBy: 'store', productType: 'standard',
 *   invoiceDate: '2026-10-24', packagingComplete: true, labelsIntact: true, isBundle: false,
 *   pricePaidCents: 54_999, weightPounds: 4 }, new Date('2026-11-23T12:00:00Z'))
 * // → { settled: true, verdict: 'eligible', deadline: { lastDay: '2026-11-23', daysLeft: 0, … }, … }
 */
export function evaluate(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): Decision {
  const { context, problems } = prepare(policy, facts, now, options);
  const { leaves, needed } = explore(context);
  const first = leaves[0]!;
  if (leaves.every((leaf) => leaf.signature === first.signature)) {
    return { settled: true, ...first.outcome, problems };
  }
  const possibleVerdicts = [...new Set(leaves.map((leaf) => leaf.outcome.verdict))] as Verdict[];
  return { settled: false, needed, possibleVerdicts, problems };
}

/**
 * Every question the policy could come to ask, given what is known: the facts its
 * rules read on some branch. A conversation uses this to lay out its map; which
 * question is asked, and when, still comes from `evaluate`.
 * @example possibleQuestions(igarden, { situation: 'cancel-order' }, Date.now()) // shipped, preOrder, …
 */
export function possibleQuestions(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): NeededFact[] {
  return explore(prepare(policy, facts, now, options).context).read;
}
