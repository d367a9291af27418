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
import { lastDayOf, spanMs } from './conditions.ts';
import { addDays, instantAt, localDateAt, localDateTimeAt, localMinuteAtOrAfter, minuteBefore, startOfDay } from './dates.ts';
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
}
interface Branch {
  key: Key;
  children: Node[];
}
type Node = Leaf | Branch;

export interface Context {
  policy: Policy;
  facts: Facts;
  now: number;
  timeZone: string;
  today: CalendarDate;
}

/** A tree larger than this is not walked further; every fact it reads is then reported as needed. */
const MAX_RUNS = 20_000;

function readerFor(
  context: Context,
  index: PolicyIndex,
  assignment: ReadonlyMap<Key, FactValue>,
  known: Map<Key, readonly FactValue[]>,
  unanswerable: ReadonlySet<FactName>,
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
  const situation = ownFact(facts, 'situation') ?? assignment.get('situation');
  const beforeBuying = situation === 'before-buying';
  const dateValue = (fact: FactName) => String(get(fact, () => dateCandidates(context, index, fact)));
  return {
    today,
    now,
    timeZone,
    beforeBuying: () => beforeBuying,
    value: (fact) => (beforeBuying && isDate(index, fact) ? today : get(fact, () => valueCandidates(context, index, fact))),
    date: (fact) => (beforeBuying ? today : dateValue(fact).slice(0, 10)),
    within(fact, span) {
      if (beforeBuying) return true;
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
    peek: (fact) => ownFact(facts, fact) ?? assignment.get(fact),
    valueOrUnknown: (fact) =>
      unanswerable.has(fact) ? (ownFact(facts, fact) ?? assignment.get(fact)) : get(fact, () => valueCandidates(context, index, fact)),
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

/** The last day from which a span is still open today, and the day before it. */
function boundaryDays(span: Span, today: CalendarDate, now: number, timeZone: string): CalendarDate[] {
  if (span.days !== undefined || span.businessDays !== undefined) {
    // Step back from today to the first start day whose window has closed.
    let day = today;
    for (let step = 0; step < 5_000 && lastDayOf(span, day) >= today; step += 1) day = addDays(day, -1);
    return [day, addDays(day, 1)];
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

/**
 * Walks every way the unknown facts could go. `unanswerable`: facts that will not be answered. `until`: stop at the
 * first outcome it holds for (then the exploration is partial: only whether such an outcome exists is to be read).
 */
export function explore(context: Context, unanswerable: ReadonlySet<FactName> = new Set(), until?: (outcome: Outcome) => boolean): Exploration {
  const index = indexOf(context.policy);
  let runs = 0;
  let truncated = false;
  let found = false;
  const readInOrder: Key[] = [];
  const candidates = new Map<Key, readonly FactValue[]>();

  const grow = (assignment: Map<Key, FactValue>): Node | null => {
    runs += 1;
    try {
      const outcome = decide(context.policy, readerFor(context, index, assignment, candidates, unanswerable));
      if (until?.(outcome)) found = true;
      return { assignment, outcome, signature: signatureOf(outcome) };
    } catch (error) {
      if (!(error instanceof UnknownFact)) throw error;
      if (!readInOrder.includes(error.key)) readInOrder.push(error.key);
      if (runs > MAX_RUNS) {
        truncated = true;
        return null;
      }
      const children: Node[] = [];
      for (const candidate of error.candidates) {
        if (found) break;
        const child = grow(new Map(assignment).set(error.key, candidate));
        if (child) children.push(child);
      }
      return { key: error.key, children };
    }
  };

  const root = grow(new Map());
  const leaves: Leaf[] = [];
  const needed = new Set<Key>(truncated ? readInOrder : []);
  if (root) markNeeded(root, needed, leaves);
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

/** Adds to `needed` every branching fact whose children hold two outcomes that differ in that fact alone; collects the leaves. */
function markNeeded(node: Node, needed: Set<Key>, leavesOut: Leaf[]): Leaf[] {
  if (!('children' in node)) {
    leavesOut.push(node);
    return [node];
  }
  const groups = node.children.map((child) => markNeeded(child, needed, leavesOut));
  if (!needed.has(node.key) && groups.length > 1) {
    const key = node.key;
    const timePart = `${key}.`;
    const differsOnlyIn = (a: Leaf, b: Leaf) => {
      for (const [other, value] of a.assignment) {
        if (other === key || other.startsWith(timePart)) continue;
        const theirs = b.assignment.get(other);
        if (theirs !== undefined && theirs !== value) return false;
      }
      return true;
    };
    // Only leaves whose outcomes differ can show the fact matters: compare each child's distinct outcomes.
    const bySignature = groups.map((group) => {
      const seen = new Map<string, Leaf[]>();
      for (const leaf of group) {
        const same = seen.get(leaf.signature);
        if (same) same.push(leaf);
        else seen.set(leaf.signature, [leaf]);
      }
      return seen;
    });
    search: for (let i = 0; i < groups.length; i += 1) {
      for (let j = i + 1; j < groups.length; j += 1) {
        for (const [signature, mine] of bySignature[i]!) {
          for (const [theirSignature, theirs] of bySignature[j]!) {
            if (signature === theirSignature) continue;
            for (const a of mine) {
              for (const b of theirs) {
                if (differsOnlyIn(a, b)) {
                  needed.add(key);
                  break search;
                }
              }
            }
          }
        }
      }
    }
  }
  return groups.length === 1 ? groups[0]! : groups.flat();
}
