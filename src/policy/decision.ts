/** What `evaluate` returns. */
import type { CalendarDate, LocalDateTime } from './dates.ts';
import type { DateAnchor, FactName, Situation } from './facts.ts';
import type { LocalText, Step, TimelineEntry, Note } from './schema.ts';

export type Verdict = 'eligible' | 'not-eligible' | 'needs-review' | 'handled-elsewhere';

/** Why: one policy clause, quoted, with what it means for this purchase (`code` and `params`, worded by the message catalogue). */
export interface Reason {
  ruleId: string;
  /** The exact sentence of the policy; null only when the policy says nothing (code `not-covered`). */
  quote: string | null;
  code: string;
  params: Readonly<Record<string, string | number | boolean>>;
}

/** A deadline counted in calendar days ("within 30 days of the invoice date"). */
export interface DayDeadline {
  kind: 'day';
  ruleId: string;
  /** The last calendar day to start the return. */
  lastDay: CalendarDate;
  /** Calendar days from today to `lastDay`: 0 means today is the last day, negative means it has passed. */
  daysLeft: number;
  countedFrom: DateAnchor;
  windowDays: number;
  /** True when the date counted from lies ahead (checking before buying): `lastDay` is the earliest it can be. */
  earliest: boolean;
}

/** A deadline in elapsed hours ("within 48 hours of delivery"). */
export interface HourDeadline {
  kind: 'hours';
  ruleId: string;
  hours: number;
  countedFrom: DateAnchor;
  /** The exact moment, when the time of the event is known; else null and `lastDay` is the day it falls on at the latest. */
  at: string | null;
  local: LocalDateTime | null;
  lastDay: CalendarDate;
  minutesLeft: number | null;
}

/** A deadline set by an event, not a date ("before the product is shipped"). */
export interface EventDeadline {
  kind: 'event';
  ruleId: string;
  before: 'shipment' | 'shipment-or-production';
}

export type Deadline = DayDeadline | HourDeadline | EventDeadline;

export type RefundLineCode =
  | 'price-paid'
  | 'original-shipping'
  | 'return-shipping'
  | 'fee'
  | 'processing-costs'
  | 'missing-items-charge';

/** One line of the refund breakdown. `amountCents` null means the pre-check cannot know it: it is named, never invented. */
export interface RefundLine {
  code: RefundLineCode;
  ruleId: string;
  /** credit: added to the refund; deduction: taken from it; not-refunded: paid and kept by the store; paid-by-shopper / paid-by-store: outside the refund. */
  effect: 'credit' | 'deduction' | 'not-refunded' | 'paid-by-shopper' | 'paid-by-store';
  amountCents: number | null;
  basisPoints?: number;
  /** false when the policy states no rate for this case (e.g. a payment method it does not name). */
  stated?: boolean;
  name?: LocalText;
}

export interface Refund {
  currency: string;
  lines: RefundLine[];
  /** Price plus known credits minus known deductions. */
  totalCents: number;
  /** True when a deduction of unknown amount applies: the refund is at most `totalCents`. */
  atMost: boolean;
  /** True when a credit of unknown amount applies (original shipping not supplied): the refund is `totalCents` plus that. */
  plusUnknownCredit: boolean;
  returnShipping: 'free-label' | 'deducted' | 'shopper-pays' | 'none';
  originalShipping: 'refunded' | 'not-refunded' | 'not-stated';
}

/** A fact that could still change the decision. `precision: 'time'` asks for the time of a date already known. */
export interface NeededFact {
  fact: FactName;
  precision: 'value' | 'time';
}

/** A fact that was given but could not be used; it counts as unknown. */
export interface FactProblem {
  fact: string;
  code:
    | 'unknown-fact'
    | 'not-an-option'
    | 'not-yes-no'
    | 'invalid-date'
    | 'future-date'
    | 'too-old'
    | 'before-order'
    | 'not-an-amount'
    | 'not-a-weight';
  message: string;
}

interface Outcome {
  situation: Situation;
  verdict: Verdict;
  reasons: Reason[];
  deadline: Deadline | null;
  refund: Refund | null;
  nextSteps: Step[];
  /** Requirements the shopper must meet, assumed met unless the facts say otherwise. */
  requirements: Reason[];
  timeline: TimelineEntry[];
  notes: Note[];
  /** Values filled into steps, e.g. `{lastDay}` or `{email}`. */
  placeholders: Readonly<Record<string, string>>;
}

/** The decision, once no unknown fact can change it. */
export interface SettledDecision extends Outcome {
  settled: true;
  problems: FactProblem[];
}

/** Not decided yet: these unknown facts could still change the decision, most decisive first. */
export interface OpenDecision {
  settled: false;
  needed: NeededFact[];
  possibleVerdicts: Verdict[];
  problems: FactProblem[];
}

export type Decision = SettledDecision | OpenDecision;
export type { Outcome };
