/**
 * Which unknown facts could still change the decision.
 *
 * The rule walk is run with the known facts; when it reads an unknown fact it
 * stops, and is run again once for each representative value of that fact
 * (every option; dates on both sides of every window boundary; times on both
 * sides of an hour boundary; weights on both sides of a weight limit). The runs
 * form a tree whose leaves are outcomes. A fact is needed exactly when two leaves
 * with different outcomes differ in that fact and in no other: then some answers
 * to the other questions leave this one deciding.
 */
import {
  addDays,
  instantAt,
  localDateAt,
  localDateTimeAt,
  localMinuteAtOrAfter,
  minuteBefore,
  startOfDay,
  HOUR_MS,
} from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { NeededFact, Outcome } from './decision.ts';
import { ANCHOR_FACTS, FACTS, ownFact } from './facts.ts';
import type { DateFact, FactName, Facts } from './facts.ts';
import type { FactReader } from './reader.ts';
import { decide } from './rules.ts';
import type { Policy } from './schema.ts';

type Value = string | number | boolean;
/** A fact, or the time of day of a date fact (`deliveredAt.time`). */
type Key = FactName | `${DateFact}.time`;

class UnknownFact {
  constructor(
    readonly key: Key,
    readonly candidates: readonly Value[],
  ) {}
}

export interface Leaf {
  assignment: ReadonlyMap<Key, Value>;
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

function readerFor(context: Context, assignment: ReadonlyMap<Key, Value>): FactReader {
  const { facts, now, timeZone, today } = context;
  const get = (key: Key, candidates: () => readonly Value[]): Value => {
    const given = Object.prototype.hasOwnProperty.call(facts, key) ? (facts as Record<string, Value | undefined>)[key] : undefined;
    if (given !== undefined) return given;
    const assigned = assignment.get(key);
    if (assigned !== undefined) return assigned;
    throw new UnknownFact(key, candidates());
  };
  const options = (fact: FactName) => () => {
    const spec = FACTS[fact];
    return spec.kind === 'choice' ? spec.options : [true, false];
  };
  return {
    today,
    now,
    timeZone,
    choice: (fact) => get(fact, options(fact)) as never,
    yesNo: (fact) => get(fact, options(fact)) as boolean,
    date: (fact) => String(get(fact, () => dateCandidates(context, fact))).slice(0, 10),
    within(fact, hours) {
      const value = String(get(fact, () => dateCandidates(context, fact)));
      const boundary = now - hours * HOUR_MS;
      if (value.length > 10) return instantAt(value, timeZone) >= boundary;
      const earliest = startOfDay(value, timeZone);
      const latest = Math.min(startOfDay(addDays(value, 1), timeZone) - 60_000, now);
      if (earliest >= boundary) return true;
      if (latest < boundary) return false;
      const time = get(`${fact}.time`, () => timeCandidates(value, boundary, context));
      return instantAt(`${value}T${String(time)}`, timeZone) >= boundary;
    },
    amount: (fact) => get(fact, () => [2_500, 10_000]) as number,
    weight: (fact) => get(fact, () => weightCandidates(context.policy)) as number,
    peek: (fact) => ownFact(facts, fact),
  };
}

/** Days on both sides of every boundary a rule counts from `fact`, none in the future. */
function dateCandidates(context: Context, fact: DateFact): CalendarDate[] {
  const { policy, today, now, timeZone, facts } = context;
  const days = new Set<CalendarDate>([today, addDays(today, -1), addDays(today, -400)]);
  const { window, extensions } = policy.returns;
  if (ANCHOR_FACTS[window.from] === fact) {
    days.add(addDays(today, -window.days));
    days.add(addDays(today, -window.days - 1));
  }
  for (const extension of extensions) {
    if (ANCHOR_FACTS[extension.purchasedOn] !== fact) continue;
    const yearly = extension.purchasedFrom.startsWith('--');
    const years = yearly ? [Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))] : [0];
    for (const year of years) {
      const dated = (d: string) => (yearly ? `${String(year).padStart(4, '0')}${d.slice(1)}` : d);
      for (const edge of [dated(extension.purchasedFrom), dated(extension.purchasedThrough)]) {
        days.add(edge);
        days.add(addDays(edge, -1));
        days.add(addDays(edge, 1));
      }
    }
  }
  const hourWindows = [
    ...(policy.defect && fact === 'deliveredAt' ? [policy.defect.report.withinHours] : []),
    ...(policy.cancellation && fact === 'orderedAt' ? [policy.cancellation.fullRefund.withinHours] : []),
  ];
  for (const hours of hourWindows) {
    const boundaryDay = localDateAt(now - hours * HOUR_MS, timeZone);
    days.add(boundaryDay);
    days.add(addDays(boundaryDay, -1));
  }
  // A delivery or invoice cannot come before the order.
  const orderedAt = ownFact(facts, 'orderedAt');
  const notBefore = fact !== 'orderedAt' && orderedAt ? orderedAt.slice(0, 10) : '';
  return [...days].filter((day) => day <= today && day >= notBefore).sort().reverse();
}

/** Times of `day` on both sides of the hour boundary, none after now. */
function timeCandidates(day: CalendarDate, boundary: number, { now, timeZone }: Context): string[] {
  const atBoundary = localMinuteAtOrAfter(boundary, timeZone);
  const latest = day === localDateAt(now, timeZone) ? localDateTimeAt(now, timeZone) : `${day}T23:59`;
  const times = new Set([`${day}T00:00`, atBoundary, minuteBefore(atBoundary, timeZone), latest]);
  return [...times].filter((time) => time.startsWith(day) && time <= latest).map((time) => time.slice(11)).sort();
}

function weightCandidates(policy: Policy): number[] {
  const limits = [policy.returns.refund, policy.defect?.refund]
    .map((terms) => terms?.returnShipping.freeUpToPounds)
    .filter((limit): limit is number => limit !== undefined);
  return [...new Set([1, ...limits.flatMap((limit) => [limit, limit + 0.1])])];
}

/**
 * A stable text of an outcome, for telling outcomes apart. Rules are named by id:
 * their quotes and texts follow from the id, and leaving them out keeps this cheap.
 */
function signatureOf(outcome: Outcome): string {
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).join(',');
  const reasons = (items: readonly Outcome['reasons'][number][]) =>
    items.map((item) => `${item.ruleId}:${item.code}:${JSON.stringify(item.params)}`).join(',');
  const refund = outcome.refund && {
    ...outcome.refund,
    lines: outcome.refund.lines.map((line) => `${line.ruleId}:${line.effect}:${line.amountCents}:${line.basisPoints}`),
  };
  return [
    outcome.verdict,
    reasons(outcome.reasons),
    JSON.stringify(outcome.deadline),
    JSON.stringify(refund),
    ids(outcome.nextSteps),
    reasons(outcome.requirements),
    ids(outcome.timeline),
    ids(outcome.notes),
    JSON.stringify(outcome.placeholders),
  ].join('|');
}

export interface Exploration {
  leaves: Leaf[];
  needed: NeededFact[];
  /** Every unknown fact the rules read on some branch, needed or not, in reading order. */
  read: NeededFact[];
  /** True when the tree was too large to walk whole (the needed list is then a safe over-estimate). */
  truncated: boolean;
}

/** Walks every way the unknown facts could go. */
export function explore(context: Context): Exploration {
  let runs = 0;
  let truncated = false;
  const readInOrder: Key[] = [];

  const grow = (assignment: Map<Key, Value>): Node | null => {
    runs += 1;
    try {
      const outcome = decide(context.policy, readerFor(context, assignment));
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
  const neededFacts: NeededFact[] = [];
  for (const key of readInOrder) {
    if (!needed.has(key)) continue;
    const [fact, part] = key.split('.') as [FactName, string | undefined];
    if (part === undefined) neededFacts.push({ fact, precision: 'value' });
    else if (!needed.has(fact)) neededFacts.push({ fact, precision: 'time' });
  }
  const read = readInOrder.map((key): NeededFact => {
    const [fact, part] = key.split('.') as [FactName, string | undefined];
    return { fact, precision: part === undefined ? 'value' : 'time' };
  });
  return { leaves, needed: neededFacts, read, truncated };
}

/** Adds to `needed` every branching fact whose children hold two outcomes that differ in that fact alone; collects the leaves. */
function markNeeded(node: Node, needed: Set<Key>, leavesOut: Leaf[]): Leaf[] {
  if (!('children' in node)) {
    leavesOut.push(node);
    return [node];
  }
  const groups = node.children.map((child) => markNeeded(child, needed, leavesOut));
  if (!needed.has(node.key)) {
    const differsOnlyIn = (a: Leaf, b: Leaf) => {
      for (const [key, value] of a.assignment) {
        if (key === node.key || key.startsWith(`${node.key}.`)) continue;
        const other = b.assignment.get(key);
        if (other !== undefined && other !== value) return false;
      }
      return true;
    };
    search: for (let i = 0; i < groups.length; i += 1) {
      for (let j = i + 1; j < groups.length; j += 1) {
        for (const a of groups[i]!) {
          for (const b of groups[j]!) {
            if (a.signature !== b.signature && differsOnlyIn(a, b)) {
              needed.add(node.key);
              break search;
            }
          }
        }
      }
    }
  }
  return groups.flat();
}
