import type { CalendarDate } from './dates.ts';
import type { ChoiceFact, DateFact, Facts, FactName, YesNoFact } from './facts.ts';

/**
 * How the rules read facts. Reading a fact that is not known stops the rule walk
 * (the explorer then tries each of its possible values), so the order in which
 * rules read facts is the order in which a conversation asks for them.
 */
export interface FactReader {
  readonly today: CalendarDate;
  readonly now: number;
  readonly timeZone: string;
  choice<K extends ChoiceFact>(fact: K): NonNullable<Facts[K]>;
  yesNo(fact: YesNoFact): boolean;
  /** The calendar date of a date fact (its date part, for a moment). */
  date(fact: DateFact): CalendarDate;
  /** True when no more than `hours` have elapsed from the fact's moment to now. Asks for the time only when the date alone cannot tell. */
  within(fact: DateFact, hours: number): boolean;
  amount(fact: 'pricePaidCents'): number;
  weight(fact: 'weightPounds'): number;
  /** The value if it was given; never asks. For details that fill in a figure but never change a decision. */
  peek<K extends FactName>(fact: K): Facts[K];
}
