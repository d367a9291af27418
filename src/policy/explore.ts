/**
 * Which unknown facts could still change the decision.
 *
 * The rule walk is run with the known facts; when it reads an unknown fact it
 * stops, and is run again once for each representative value of that fact
 * (every option; dates on both sides of every boundary the policy counts; times
 * on both sides of an elapsed-time boundary; numbers on both sides of every
 * threshold). The runs form a tree whose leaves are outcomes. A fact is needed
 * exactly when two leaves with different outcomes differ in that fact and in no
 * other: then some answers to the other questions leave this one deciding.
 */
import { drain } from './steps.ts';
import { lastDayOf, spanMs } from './conditions.ts';
import { addDays, daysBetween, instantAt, localDateAt, localDateTimeAt, localMinuteAtOrAfter, minuteBefore, startOfDay } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { NeededFact, Outcome } from './decision.ts';
import { isBuiltInFact, ownFact } from './facts.ts';
import type { FactName, FactValue, Facts } from './facts.ts';
import { indexOf } from './policy-index.ts';
import type { PolicyIndex } from './policy-index.ts';
import type { FactReader } from './reader.ts';
import { decide } from './rules.ts';
import type { Policy, Span } from './schema.ts';

/** A fact, or the time of day of a date fact (`deliveredAt.time`). */
type Key = FactName | `${FactName}.time`;

class UnknownFact {
  constructor(
    readonly key: Key,
    readonly candidates: readonly FactValue[],
  ) {}
}

export interface Leaf {
  assignment: ReadonlyMap<Key, FactValue>;
  outcome: Outcome;
  signature: string;
  /** Unknown facts the run looked at without asking (`peek`): its outcome may change once one is answered. */
  peeked?: ReadonlySet<FactName>;
}
/** A fact the rule walk read while unknown, with the values tried for it (`values[i]` led to `children[i]`). */
export interface Branch {
  /** The values tried on the way here. */
  assignment: ReadonlyMap<Key, FactValue>;
  /** Unknown facts the run looked at without asking before it read `key`. */
  peeked?: ReadonlySet<FactName>;
  key: Key;
  values: readonly FactValue[];
  children: readonly Node[];
  // Worked out when first asked for, and kept: a narrowed tree shares the branches its answers do not reach.
  /** Whether two of its values lead to different outcomes (see `decides`). */
  decides?: boolean;
  /** The facts read or looked at, at or below it. */
  keys?: ReadonlySet<Key>;
  /** The facts read at or below it that are needed there. */
  needed?: ReadonlySet<Key>;
  /** The signature every leaf below it shares; null when they differ. */
  uniform?: string | null;
  /** How many runs of the rules it took: its nodes. */
  size?: number;
}
export type Node = Leaf | Branch;

export interface Context {
  policy: Policy;
  facts: Facts;
  now: number;
  timeZone: string;
  today: CalendarDate;
}

/** A tree larger than this is not walked further; every fact it reads is then reported as needed. */
const MAX_RUNS = 20_000;
/**
 * How many runs of the rules a step of a search in steps does: one (the first runs, of code never run before, take a
 * slow phone some milliseconds each; later ones a fraction of one).
 */
const STEP_RUNS = 1;

function readerFor(
  context: Context,
  index: PolicyIndex,
  assignment: ReadonlyMap<Key, FactValue>,
  known: Map<Key, readonly FactValue[]>,
  unanswerable: ReadonlySet<FactName>,
  seen: { peeked?: Set<FactName> },
): FactReader {
  const { facts, now, timeZone, today } = context;
  const get = (key: Key, candidates: () => readonly FactValue[]): FactValue => {
    const given = Object.hasOwn(facts, key) ? facts[key] : undefined;
    if (given !== undefined) return given;
    const assigned = assignment.get(key);
    if (assigned !== undefined) return assigned;
    // A fact's candidates depend only on the context (time candidates on the date too): worked out once per walk.
    const cacheKey = key.endsWith('.time') ? `${key}@${String(assignment.get(key.slice(0, -5)) ?? facts[key.slice(0, -5)])}` : key;
    let values = known.get(cacheKey);
    if (!values) {
      values = candidates();
      known.set(cacheKey, values);
    }
    throw new UnknownFact(key, values);
  };
  /** A fact looked at without asking: what is given or tried, and if neither, noted. */
  const look = (fact: FactName) => {
    const value = ownFact(facts, fact) ?? assignment.get(fact);
    if (value === undefined) (seen.peeked ??= new Set()).add(fact);
    return value;
  };
  // Whether the shopper is checking before buying: looked up only once the situation is known (the rules read it
  // first), so that the run before it is not marked as having looked at it.
  let beforeBuying: boolean | undefined;
  const isBeforeBuying = () => (beforeBuying ??= look('situation') === 'before-buying');
  const dateValue = (fact: FactName) => String(get(fact, () => dateCandidates(context, index, fact)));
  return {
    today,
    now,
    timeZone,
    beforeBuying: isBeforeBuying,
    value: (fact) => (isDate(index, fact) && isBeforeBuying() ? today : get(fact, () => valueCandidates(context, index, fact))),
    date: (fact) => (isBeforeBuying() ? today : dateValue(fact).slice(0, 10)),
    within(fact, span) {
      if (isBeforeBuying()) return true;
      const value = dateValue(fact);
      if (span.days !== undefined || span.businessDays !== undefined) return lastDayOf(span, value.slice(0, 10)) >= today;
      const boundary = now - spanMs(span);
      if (value.length > 10) return instantAt(value, timeZone) >= boundary;
      const earliest = startOfDay(value, timeZone);
      const latest = Math.min(startOfDay(addDays(value, 1), timeZone) - 60_000, now);
      if (earliest >= boundary) return true;
      if (latest < boundary) return false;
      const time = get(`${fact}.time`, () => timeCandidates(value, boundary, context));
      return instantAt(`${value}T${String(time)}`, timeZone) >= boundary;
    },
    peek: look,
    valueOrUnknown: (fact) => (unanswerable.has(fact) ? look(fact) : get(fact, () => valueCandidates(context, index, fact))),
  };
}

function isDate(index: PolicyIndex, fact: FactName): boolean {
  const kind = index.kinds.get(fact);
  return kind === 'date' || kind === 'moment';
}

function valueCandidates(context: Context, index: PolicyIndex, fact: FactName): FactValue[] {
  const kind = index.kinds.get(fact);
  switch (kind) {
    case 'yes-no':
      return [true, false];
    case 'choice':
      return index.options.get(fact) ?? [];
    case 'date':
    case 'moment':
      return dateCandidates(context, index, fact);
    default: {
      // Numbers: both sides of every threshold the policy compares with, and two ordinary values
      // (so an amount that a fee is a share of shows as needed).
      const values = new Set<number>(kind === 'amount' ? [2_500, 10_000] : [1]);
      for (const threshold of index.thresholds.get(fact) ?? []) {
        const step = kind === 'amount' ? 1 : 0.1;
        for (const value of [threshold - step, threshold, threshold + step]) if (value >= 0) values.add(Math.round(value * 100) / 100);
      }
      return [...values].sort((a, b) => a - b);
    }
  }
}

/** Days on both sides of every boundary the policy counts from `fact`, none in the future. */
function dateCandidates(context: Context, index: PolicyIndex, fact: FactName): CalendarDate[] {
  const { today, now, timeZone, facts } = context;
  const days = new Set<CalendarDate>([today, addDays(today, -1), addDays(today, -400)]);
  for (const span of index.spans.get(fact) ?? []) {
    for (const day of boundaryDays(span, today, now, timeZone)) days.add(day);
  }
  const yearNow = Number(today.slice(0, 4));
  for (const edge of index.dateEdges.get(fact) ?? []) {
    const dated = edge.startsWith('--') ? [yearNow - 1, yearNow].map((year) => `${String(year).padStart(4, '0')}${edge.slice(1)}`) : [edge];
    for (const day of dated) {
      days.add(day);
      days.add(addDays(day, -1));
      days.add(addDays(day, 1));
    }
  }
  // A delivery or invoice cannot come before the order, nor any of them after today; a date of the merchant's own may.
  const orderedAt = ownFact(facts, 'orderedAt');
  const follows = fact === 'deliveredAt' || fact === 'invoiceDate';
  const notBefore = follows && typeof orderedAt === 'string' ? orderedAt.slice(0, 10) : '';
  const past = isBuiltInFact(fact);
  if (!past) for (const span of index.spans.get(fact) ?? []) if (span.days !== undefined || span.businessDays !== undefined) days.add(addDays(today, 30));
  return [...days]
    .filter((day) => (!past || day <= today) && day >= notBefore)
    .sort()
    .reverse();
}

/**
 * The last day from which a span is still open today, and the day before it (for a span of hours: the day its
 * boundary falls on, and the day before).
 * @example boundaryDays({ days: 30, firstDay: 'next-day' }, '2026-11-30', now, 'UTC') // ['2026-10-30', '2026-10-31']
 */
export function boundaryDays(span: Span, today: CalendarDate, now: number, timeZone: string): CalendarDate[] {
  if (span.businessDays !== undefined) {
    // Step back from today to the first start day whose window has closed (business days skip weekends and holidays).
    let day = today;
    for (let step = 0; step < 5_000 && lastDayOf(span, day) >= today; step += 1) day = addDays(day, -1);
    return [day, addDays(day, 1)];
  }
  if (span.days !== undefined) {
    // A calendar span ends the same number of days after any start: it has closed from the day before that many back.
    const closed = addDays(today, -daysBetween(today, lastDayOf(span, today)) - 1);
    return [closed, addDays(closed, 1)];
  }
  const boundaryDay = localDateAt(now - spanMs(span), timeZone);
  return [boundaryDay, addDays(boundaryDay, -1)];
}

/** Times of `day` on both sides of the elapsed-time boundary, none after now. */
function timeCandidates(day: CalendarDate, boundary: number, { now, timeZone }: Context): string[] {
  const atBoundary = localMinuteAtOrAfter(boundary, timeZone);
  const latest = day === localDateAt(now, timeZone) ? localDateTimeAt(now, timeZone) : `${day}T23:59`;
  const times = new Set([`${day}T00:00`, atBoundary, minuteBefore(atBoundary, timeZone), latest]);
  return [...times]
    .filter((time) => time.startsWith(day) && time <= latest)
    .map((time) => time.slice(11))
    .sort();
}

/**
 * A stable text of an outcome, for telling outcomes apart. Rules are named by id:
 * their quotes and texts follow from the id, and leaving them out keeps this cheap.
 */
export function signatureOf(outcome: Outcome): string {
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).join(',');
  const reasons = outcome.reasons.map((item) => `${item.ruleId}:${item.code}:${JSON.stringify(item.params)}`).join(',');
  const refund = outcome.refund && {
    ...outcome.refund,
    lines: outcome.refund.lines.map((line) => `${line.code}:${line.ruleId}:${line.effect}:${line.amountCents}`),
  };
  return [
    outcome.verdict,
    outcome.ruleId,
    reasons,
    JSON.stringify(outcome.deadline),
    JSON.stringify(refund),
    outcome.outcome?.ruleId ?? '',
    ids(outcome.nextSteps),
    outcome.requirements.map((r) => r.ruleId).join(','),
    ids(outcome.timeline),
    ids(outcome.notes),
    JSON.stringify(outcome.placeholders),
  ].join('|');
}

export interface Exploration {
  leaves: Leaf[];
  /** Facts the shopper could answer that could still change the decision. */
  needed: NeededFact[];
  /** Facts that change the decision but will not be answered (the store decides, or the shopper does not know). */
  open: FactName[];
  /** Every unknown fact the rules read on some branch, needed or not, in reading order. */
  read: NeededFact[];
  /** True when the tree was too large to walk whole (the needed list is then a safe over-estimate). */
  truncated: boolean;
}

/** Every way the unknown facts could go, as walked: `truncated` when it grew too large to walk whole. */
export interface Tree {
  root: Node | null;
  truncated: boolean;
  /** The facts read, in reading order: for a truncated tree, whose branches are not all there. */
  readInOrder: readonly Key[];
}

/** Runs the rule walk with the known facts and the values tried so far, counting the runs. */
function walker(context: Context, unanswerable: ReadonlySet<FactName>, until?: (outcome: Outcome) => boolean, stepRuns = Number.POSITIVE_INFINITY) {
  const index = indexOf(context.policy);
  const candidates = new Map<Key, readonly FactValue[]>();
  const state = { runs: 0, truncated: false, found: false, readInOrder: [] as Key[] };

  /** One run: the outcome, or the first unknown fact it read (and what it looked at without asking before that). */
  const run = (assignment: ReadonlyMap<Key, FactValue>): Leaf | { unknown: UnknownFact; peeked: Set<FactName> | undefined } | null => {
    state.runs += 1;
    const seen: { peeked?: Set<FactName> } = {};
    try {
      const outcome = decide(context.policy, readerFor(context, index, assignment, candidates, unanswerable, seen));
      if (until?.(outcome)) state.found = true;
      return { assignment, outcome, signature: signatureOf(outcome), peeked: seen.peeked };
    } catch (error) {
      if (!(error instanceof UnknownFact)) throw error;
      if (!state.readInOrder.includes(error.key)) state.readInOrder.push(error.key);
      if (state.runs > MAX_RUNS) {
        state.truncated = true;
        return null;
      }
      return { unknown: error, peeked: seen.peeked };
    }
  };

  /** Grows the tree from a run, pausing after about every `stepRuns` runs. */
  let pausedAt = 0;
  function* growInSteps(assignment: ReadonlyMap<Key, FactValue>): Generator<void, Node | null> {
    const first = run(assignment);
    if (!first || !('unknown' in first)) return first;
    const { key, candidates } = first.unknown;
    const values: FactValue[] = [];
    const children: Node[] = [];
    for (const candidate of candidates) {
      if (state.found) break;
      const child = yield* growInSteps(new Map(assignment).set(key, candidate));
      if (state.runs - pausedAt >= stepRuns) {
        pausedAt = state.runs;
        yield;
      }
      if (child) {
        values.push(candidate);
        children.push(child);
      }
    }
    return { assignment, peeked: first.peeked, key, values, children };
  }

  /** The same, in one piece (a walker made without `stepRuns` never pauses). */
  const grow = (assignment: ReadonlyMap<Key, FactValue>): Node | null => {
    return drain(growInSteps(assignment));
  };

  /**
   * One leaf of the tree `grow` would grow from `assignment`: at each fact read, its value in `follow` where that is
   * one of the values tried, else the first tried. Null when the way is longer than any policy's (or the walk's end).
   */
  const descend = (assignment: ReadonlyMap<Key, FactValue>, follow: ReadonlyMap<Key, FactValue>): Leaf | null => {
    let at = assignment;
    for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
      const result = run(at);
      if (!result || !('unknown' in result)) return result;
      const { key, candidates } = result.unknown;
      const wanted = follow.get(key);
      const value = wanted !== undefined && candidates.includes(wanted) ? wanted : candidates[0];
      if (value === undefined) return null;
      at = new Map(at).set(key, value);
    }
    return null;
  };

  /** The values tried for a fact (not the time of a date) once a run has read it. */
  const candidatesOf = (key: FactName): readonly FactValue[] => candidates.get(key) ?? [];

  return { grow, growInSteps, descend, candidatesOf, state };
}

/** More facts read on one way than any policy has: `descend` stops there. */
const MAX_DEPTH = 100;

/**
 * The first fact the rules read, when two of its values are shown to lead to different outcomes by one leaf each that
 * agree on every other fact both read (the second follows the first's values): then the search would find it needed
 * and ask it first (see `decides`), whatever the rest of the tree holds. Tries one leaf per value, each against the
 * first: a few runs of the rules where the whole search takes hundreds or thousands. Null when it shows no such pair
 * (the search then says), or when the first fact read will not be answered or is the time of a date.
 */
export function firstDecidingFact(context: Context, unanswerable: ReadonlySet<FactName>): { fact: FactName; verdicts: Outcome['verdict'][] } | null {
  const walk = walker(context, unanswerable);
  const first = walk.descend(new Map(), new Map());
  const key = first ? [...first.assignment.keys()][0] : undefined;
  if (!first || key === undefined || key.includes('.') || unanswerable.has(key)) return null;
  for (const value of walk.candidatesOf(key)) {
    if (value === first.assignment.get(key)) continue;
    const other = walk.descend(new Map([[key, value]]), first.assignment);
    if (other && other.signature !== first.signature) return { fact: key, verdicts: [...new Set([first.outcome.verdict, other.outcome.verdict])] };
  }
  return null;
}

/** Walks every way the unknown facts could go. `unanswerable`: facts that will not be answered. */
export function growTree(context: Context, unanswerable: ReadonlySet<FactName>): Tree {
  const walk = walker(context, unanswerable);
  const root = walk.grow(new Map());
  return { root, truncated: walk.state.truncated, readInOrder: walk.state.readInOrder };
}

/** The same tree as `growTree`, grown in steps: the generator pauses after every `STEP_RUNS` runs of the rules. */
export function* growTreeInSteps(context: Context, unanswerable: ReadonlySet<FactName>): Generator<void, Tree> {
  const walk = walker(context, unanswerable, undefined, STEP_RUNS);
  const root = yield* walk.growInSteps(new Map());
  return { root, truncated: walk.state.truncated, readInOrder: walk.state.readInOrder };
}

/**
 * The tree with some unknown facts now answered (`context` holds them): at each branch on one of them only the
 * answer's way is kept, and a run that looked at one without asking is run again. Undefined when an answer is not one
 * of the values the tree tried (a date, an amount): the tree is then grown afresh. Only facts no other fact's values
 * depend on may be answered this way (choices and yes-no facts).
 */
export function narrowTree(tree: Tree, answers: ReadonlyMap<FactName, FactValue>, context: Context, unanswerable: ReadonlySet<FactName>): Tree | undefined {
  if (!tree.root || tree.truncated) return undefined;
  const walk = walker(context, unanswerable);
  const looksAt = (node: Node) => node.peeked !== undefined && [...node.peeked].some((fact) => answers.has(fact));
  const narrow = (node: Node): Node | null | undefined => {
    if (looksAt(node)) return walk.grow(node.assignment);
    if (!('children' in node)) return node;
    if (answers.has(node.key)) {
      const at = node.values.indexOf(answers.get(node.key)!);
      return at < 0 ? undefined : narrow(node.children[at]!);
    }
    if (![...keysOf(node)].some((key) => answers.has(key))) return node;
    const children: Node[] = [];
    for (const child of node.children) {
      const kept = narrow(child);
      if (!kept) return undefined;
      children.push(kept);
    }
    const { assignment, peeked, key, values } = node;
    return { assignment, peeked, key, values, children };
  };
  const root = narrow(tree.root);
  // A tree a search from scratch would have found too large (and cut short) is searched from scratch: the same facts
  // always give the same decision, whatever was asked before.
  if (!root || walk.state.truncated || sizeOf(root) > MAX_RUNS) return undefined;
  return { root, truncated: false, readInOrder: [] };
}

/** The nodes of a tree: the runs of the rules a search from scratch makes to grow it. */
function sizeOf(node: Node): number {
  if (!('children' in node)) return 1;
  node.size ??= node.children.reduce((sum, child) => sum + sizeOf(child), 1);
  return node.size;
}

/** Reads a tree: its leaves, the facts still needed and those left open, in reading order. */
export function readTree(tree: Tree, unanswerable: ReadonlySet<FactName>): Exploration {
  const { root, truncated } = tree;
  const leaves = root ? leavesOf(root) : [];
  const readInOrder = root && !truncated ? readOrderOf(root) : tree.readInOrder;
  const needed = root && !truncated ? neededOf(root) : new Set(tree.readInOrder);
  const factOf = (key: Key) => key.split('.')[0]!;
  const neededFacts: NeededFact[] = [];
  const open: FactName[] = [];
  for (const key of readInOrder) {
    if (!needed.has(key)) continue;
    const [fact, part] = key.split('.') as [FactName, string | undefined];
    if (unanswerable.has(fact)) {
      if (!open.includes(fact)) open.push(fact);
      continue;
    }
    if (part === undefined) neededFacts.push({ fact, precision: 'value' });
    else if (!needed.has(fact)) neededFacts.push({ fact, precision: 'time' });
  }
  const read = readInOrder
    .filter((key) => !unanswerable.has(factOf(key)))
    .map((key): NeededFact => {
      const [fact, part] = key.split('.') as [FactName, string | undefined];
      return { fact, precision: part === undefined ? 'value' : 'time' };
    });
  return { leaves, needed: neededFacts, open, read, truncated };
}

/**
 * Walks every way the unknown facts could go. `unanswerable`: facts that will not be answered. `until`: stop at the
 * first outcome it holds for (then the exploration is partial: only whether such an outcome exists is to be read).
 */
export function explore(context: Context, unanswerable: ReadonlySet<FactName> = new Set(), until?: (outcome: Outcome) => boolean): Exploration {
  if (!until) return readTree(growTree(context, unanswerable), unanswerable);
  const walk = walker(context, unanswerable, until);
  const root = walk.grow(new Map());
  return { leaves: root ? leavesOf(root) : [], needed: [], open: [], read: [], truncated: walk.state.truncated };
}

function leavesOf(node: Node, out: Leaf[] = []): Leaf[] {
  if ('children' in node) for (const child of node.children) leavesOf(child, out);
  else out.push(node);
  return out;
}

/** The facts read at or below a node, in reading order (the walk's: depth first, each value in turn). */
function readOrderOf(node: Node): Key[] {
  const order = new Set<Key>();
  const visit = (at: Node) => {
    if (!('children' in at)) return;
    order.add(at.key);
    for (const child of at.children) visit(child);
  };
  visit(node);
  return [...order];
}

const NONE: ReadonlySet<Key> = new Set();

/** The facts read or looked at, at or below a node. */
function keysOf(node: Node): ReadonlySet<Key> {
  if (!('children' in node)) return node.peeked ?? NONE;
  if (!node.keys) {
    const keys = new Set<Key>([node.key, ...(node.peeked ?? [])]);
    for (const child of node.children) for (const key of keysOf(child)) keys.add(key);
    node.keys = keys;
  }
  return node.keys;
}

/**
 * The facts needed at or below a node: a fact is needed where two of its values lead to different outcomes. For each
 * fact the branches on it are tried deepest first (the cheapest), and the first that decides settles it; whether a
 * branch decides is kept, so a narrowed tree asks each branch once.
 */
function neededOf(node: Node): ReadonlySet<Key> {
  return drain(neededInSteps(node));
}

/** The same, pausing after each branch it works out whether it decides (the richest trees' take a slow phone a while). */
function* neededInSteps(node: Node): Generator<void, ReadonlySet<Key>> {
  if (!('children' in node)) return NONE;
  if (node.needed) return node.needed;
  const branches = new Map<Key, Branch[]>();
  const visit = (at: Node) => {
    if (!('children' in at)) return;
    for (const child of at.children) visit(child);
    const same = branches.get(at.key);
    if (same) same.push(at);
    else branches.set(at.key, [at]);
  };
  visit(node);
  const needed = new Set<Key>();
  for (const [key, onKey] of branches) {
    for (const branch of onKey) {
      if (branch.decides === undefined) {
        branch.decides = branch.children.length > 1 && decides(branch);
        yield;
      }
      if (branch.decides) {
        needed.add(key);
        break;
      }
    }
  }
  node.needed = needed.size > 0 ? needed : NONE;
  return node.needed;
}

/** Works out the facts a whole tree still needs, in steps, and keeps them on it: reading it then costs little. */
export function* neededOfTreeInSteps(tree: Tree): Generator<void, void> {
  if (tree.root && !tree.truncated) yield* neededInSteps(tree.root);
}

/** The signature all the leaves at or below a node share, or null. */
function uniformOf(node: Node): string | null {
  if (!('children' in node)) return node.signature;
  if (node.uniform === undefined) {
    let uniform = node.children.length > 0 ? uniformOf(node.children[0]!) : null;
    for (let at = 1; at < node.children.length && uniform !== null; at += 1) if (uniformOf(node.children[at]!) !== uniform) uniform = null;
    node.uniform = uniform;
  }
  return node.uniform;
}

/** Whether `key` (or the time of day of the date `key`) is the fact `other`. */
const isPartOf = (other: Key, key: Key) => other === key || other.startsWith(`${key}.`);

/**
 * True when some leaf at or below `node` agrees with `leaf` on every fact both read (but `skip`) and, if `other` is
 * given, has an outcome other than that one.
 */
function meets(node: Node, leaf: Leaf, skip: Key, other: string | null): boolean {
  const uniform = uniformOf(node);
  if (other !== null && uniform !== null) {
    if (uniform === other) return false;
    other = null;
  }
  if (!('children' in node)) return true;
  const { key } = node;
  if (!isPartOf(key, skip) && leaf.assignment.has(key)) {
    const at = node.values.indexOf(leaf.assignment.get(key)!);
    return at >= 0 && meets(node.children[at]!, leaf, skip, other);
  }
  return node.children.some((child) => meets(child, leaf, skip, other));
}

/**
 * True when two leaves under different values of the branch's fact have different outcomes, and agree on every other
 * fact both read: then some answers to the other questions leave this one deciding. Each leaf is matched against the
 * other values' subtrees, which are not entered where all their leaves share its outcome.
 */
function decides(node: Branch): boolean {
  const { key, children } = node;
  for (let i = 0; i < children.length; i += 1) {
    const mine = uniformOf(children[i]!);
    const leaves = leavesOf(children[i]!);
    for (let j = i + 1; j < children.length; j += 1) {
      const theirs = uniformOf(children[j]!);
      if (mine !== null && mine === theirs) continue;
      for (const leaf of leaves) if (meets(children[j]!, leaf, key, leaf.signature)) return true;
    }
  }
  return false;
}
