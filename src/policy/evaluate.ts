import { checkFacts } from './check-facts.ts';
import { isTimeZone, localDateAt, systemTimeZone } from './dates.ts';
import type { Alternative, Decision, FactProblem, NeededFact, OpenDecision, Outcome, Verdict } from './decision.ts';
import { explore, firstDecidingFact, growTree, growTreeInSteps, narrowTree, neededOfTreeInSteps, readTree } from './explore.ts';
import type { Context, Leaf, Tree } from './explore.ts';
import { ownFact } from './facts.ts';
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
  const unanswerable = unanswerableOf(policy, options);
  return decisionOf(context, treeFor(context, unanswerable), unanswerable, problems);
}

/**
 * The same decision as `evaluate`, worked out in steps: each `next()` does a bounded part of the search (checking the
 * facts, one run of the rules, or working out whether one branch decides), so a caller can spread the richest
 * policies' first search over several tasks. The search is kept: `evaluate` with the same arguments, or with answers
 * added to them, then costs almost nothing.
 * @example
 * const steps = evaluateInSteps(policy, {}, now);
 * let step = steps.next();
 * while (!step.done) { await scheduler.yield(); step = steps.next(); }
 * const decision = step.value;
 */
export function* evaluateInSteps(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): Generator<void, Decision> {
  const { context, problems } = prepare(policy, facts, now, options);
  // Checking the facts is a step of its own.
  yield;
  const unanswerable = unanswerableOf(policy, options);
  const tree = kept(context, unanswerable) ?? keep(context, unanswerable, yield* growTreeInSteps(context, unanswerable));
  yield* neededOfTreeInSteps(tree);
  return decisionOf(context, tree, unanswerable, problems);
}

/**
 * The question to ask first, before the search: when the first fact the rules read can be shown cheaply to decide (a
 * few runs of the rules, where the whole search takes hundreds or thousands), an open decision that needs it, marked
 * `partial`: its `needed[0]` is exactly `evaluate`'s. Null when it cannot be shown so (`evaluate` then says what to
 * ask, or that the decision is settled). Nothing is kept: the search is still to be done before the next question.
 * @example openingDecision(imicro, {}, now)?.needed // [{ fact: 'situation', precision: 'value' }]
 */
export function openingDecision(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): OpenDecision | null {
  const { context, problems } = prepare(policy, facts, now, options);
  const first = firstDecidingFact(context, unanswerableOf(policy, options));
  return first && { settled: false, needed: [{ fact: first.fact, precision: 'value' }], possibleVerdicts: first.verdicts, problems, partial: true };
}

function unanswerableOf(policy: Policy, options: EvaluateOptions): Set<FactName> {
  return new Set<FactName>([...indexOf(policy).storeFacts, ...(options.unknown ?? [])]);
}

function decisionOf(context: Context, tree: Tree, unanswerable: ReadonlySet<FactName>, problems: FactProblem[]): Decision {
  const { leaves, needed, open } = readTree(tree, unanswerable);
  if (needed.length > 0) {
    const possibleVerdicts = [...new Set(leaves.map((leaf) => leaf.outcome.verdict))];
    return { settled: false, needed, possibleVerdicts, problems };
  }
  const first = leaves[0]!;
  if (leaves.every((leaf) => leaf.signature === first.signature)) {
    return { settled: true, ...first.outcome, alternatives: [], problems };
  }
  const alternatives = alternativesOf(context.policy, leaves, open);
  // Outcomes that differ only in their dates (an unknown delivery day) are one result: its least favourable dates.
  return { settled: true, ...alternatives[0]!.outcome, alternatives: alternatives.length > 1 ? alternatives : [], problems };
}

/** The last search of each policy: the next answer's search is this one with that answer's way taken. */
interface KeptTree {
  facts: Facts;
  now: number;
  timeZone: string;
  unanswerable: string;
  tree: Tree;
}
const keptTrees = new WeakMap<Policy, KeptTree>();

/** The ways the purchase can go from these facts: the kept search narrowed by the answers added since, or a new one. */
function treeFor(context: Context, unanswerable: ReadonlySet<FactName>): Tree {
  return kept(context, unanswerable) ?? keep(context, unanswerable, growTree(context, unanswerable));
}

/** The unanswered facts as one text, whatever their order. */
const keyOf = (unanswerable: ReadonlySet<FactName>) => [...unanswerable].sort().join('\n');

function keep(context: Context, unanswerable: ReadonlySet<FactName>, tree: Tree): Tree {
  // A search too large to walk whole is not kept: its branches are not all there to narrow.
  if (!tree.truncated) {
    const { policy, facts, now, timeZone } = context;
    keptTrees.set(policy, { facts, now, timeZone, unanswerable: keyOf(unanswerable), tree });
  }
  return tree;
}

/**
 * The kept search, narrowed to these facts: when it was made for the same moment, zone and unanswered facts, from
 * facts these include, and what was added since are choices or yes-no answers (a tree tries each of their values;
 * a date or an amount it only tries near the policy's boundaries, and another fact's values may depend on it).
 */
function kept(context: Context, unanswerable: ReadonlySet<FactName>): Tree | undefined {
  const { policy, facts } = context;
  const last = keptTrees.get(policy);
  if (!last?.tree.root || last.now !== context.now || last.timeZone !== context.timeZone) return undefined;
  if (last.unanswerable !== keyOf(unanswerable)) return undefined;
  for (const fact of Object.keys(last.facts)) if (ownFact(facts, fact) !== last.facts[fact]) return undefined;
  const { kinds } = indexOf(policy);
  const answers = new Map<FactName, FactValue>();
  for (const fact of Object.keys(facts)) {
    if (Object.hasOwn(last.facts, fact)) continue;
    const kind = kinds.get(fact);
    if (kind !== 'choice' && kind !== 'yes-no') return undefined;
    answers.set(fact, facts[fact]!);
  }
  if (answers.size === 0) return last.tree;
  const narrowed = narrowTree(last.tree, answers, context, unanswerable);
  return narrowed && keep(context, unanswerable, narrowed);
}

/**
 * Every question the policy could come to ask, given what is known: the facts its
 * rules read on some branch. A conversation uses this to lay out its map; which
 * question is asked, and when, still comes from `evaluate`.
 * @example possibleQuestions(igarden, { situation: 'cancel-order' }, Date.now()) // shipped, preOrder, …
 */
export function possibleQuestions(policy: Policy, facts: Facts, now: Date | number, options: EvaluateOptions = {}): NeededFact[] {
  const unanswerable = unanswerableOf(policy, options);
  return explore(prepare(policy, facts, now, options).context, unanswerable).read;
}
