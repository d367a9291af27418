/**
 * Conditions over facts: `all`, `any`, `not`, and one test of one fact. They are
 * read left to right and stop as soon as the answer is known, so a fact is read
 * (and, in a conversation, asked) only when it can matter.
 */
import { addBusinessDays, addDays, HOUR_MS, MINUTE_DURATION_MS } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { FactReader } from './reader.ts';
import type { Condition, Span } from './schema.ts';

/** True when `condition` holds for the facts `read` gives. */
export function holds(condition: Condition, read: FactReader): boolean {
  if (condition.all) return condition.all.every((part) => holds(part, read));
  if (condition.any) return condition.any.some((part) => holds(part, read));
  if (condition.not) return !holds(condition.not, read);
  const fact = condition.fact!;
  if (condition.within) return read.within(fact, condition.within);
  if (condition.onOrAfter !== undefined || condition.onOrBefore !== undefined) {
    const date = read.date(fact);
    return (condition.onOrAfter === undefined || date >= condition.onOrAfter) && (condition.onOrBefore === undefined || date <= condition.onOrBefore);
  }
  const value = read.value(fact);
  if (condition.is !== undefined) return value === condition.is;
  if (condition.in !== undefined) return condition.in.includes(value);
  if (typeof value !== 'number') return false;
  return (
    (condition.above === undefined || value > condition.above) &&
    (condition.atLeast === undefined || value >= condition.atLeast) &&
    (condition.below === undefined || value < condition.below) &&
    (condition.atMost === undefined || value <= condition.atMost)
  );
}

/** Every fact a condition may read. */
export function factsOf(condition: Condition | undefined, out: Set<string> = new Set()): Set<string> {
  if (!condition) return out;
  for (const part of [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.not ? [condition.not] : [])]) factsOf(part, out);
  if (condition.fact) out.add(condition.fact);
  return out;
}

/** Visits every test of one fact in a condition. */
export function eachTest(condition: Condition | undefined, visit: (test: Condition) => void): void {
  if (!condition) return;
  for (const part of [...(condition.all ?? []), ...(condition.any ?? []), ...(condition.not ? [condition.not] : [])]) eachTest(part, visit);
  if (condition.fact) visit(condition);
}

/** A span's length in minutes, for elapsed-time spans (hours, minutes); null for day counts. */
export function spanMinutes(span: Span): number | null {
  if (span.hours !== undefined) return span.hours * 60;
  if (span.minutes !== undefined) return span.minutes;
  return null;
}

/** The length of an elapsed-time span in milliseconds. */
export function spanMs(span: Span): number {
  return span.hours !== undefined ? span.hours * HOUR_MS : (span.minutes ?? 0) * MINUTE_DURATION_MS;
}

/**
 * The last day of a day-counted span that starts on `from`: "within 30 days of delivery" ends 30 days after it;
 * with `firstDay: "same-day"` the day of delivery is day 1, so it ends a day sooner.
 * @example lastDayOf({ days: 30, firstDay: 'next-day' }, '2026-10-24') // '2026-11-23'
 */
export function lastDayOf(span: Span, from: CalendarDate): CalendarDate {
  const sameDay = span.firstDay === 'same-day';
  if (span.businessDays !== undefined) {
    return addBusinessDays(sameDay ? addDays(from, -1) : from, span.businessDays);
  }
  return addDays(from, (span.days ?? 0) - (sameDay ? 1 : 0));
}
