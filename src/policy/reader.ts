import type { CalendarDate } from './dates.ts';
import type { FactName, FactValue } from './facts.ts';
import type { Span } from './schema.ts';

/**
 * How the rules read facts. Reading a fact that is not known stops the rule walk
 * (the explorer then tries each of its possible values), so the order in which
 * rules read facts is the order in which a conversation asks for them.
 */
export interface FactReader {
  readonly today: CalendarDate;
  readonly now: number;
  readonly timeZone: string;
  /** True when the shopper is checking before buying: every date lies ahead, counted from today. */
  beforeBuying(): boolean;
  value(fact: FactName): FactValue;
  /** The calendar date of a date fact (its date part, for a moment). */
  date(fact: FactName): CalendarDate;
  /** True when no more than `span` has elapsed from the fact's date or moment to now. Asks for the time only when the date alone cannot tell. */
  within(fact: FactName, span: Span): boolean;
  /** The value if it was given; never asks. For details that fill in a figure but never change a decision. */
  peek(fact: FactName): FactValue | undefined;
  /** The value, asked for when the shopper can answer; undefined when they said they don't know (a figure then stays unknown). */
  valueOrUnknown(fact: FactName): FactValue | undefined;
}
