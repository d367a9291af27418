/** What `evaluate` returns. */
import type { CalendarDate, LocalDateTime } from './dates.ts';
import type { FactName, FactValue, Situation } from './facts.ts';
import type { LocalText, Step, TimelineEntry, Note, OutcomeKind } from './schema.ts';

export type Verdict = 'eligible' | 'not-eligible' | 'needs-review' | 'handled-elsewhere';

/** Why: one policy clause, quoted, with what it means for this purchase. */
export interface Reason {
  ruleId: string;
  /** The exact sentence of the policy; null only when the policy says nothing (code `not-covered`). */
  quote: string | null;
  /**
   * `rule`: the rule applies (its `text`, in the merchant's words, says how); `window-open` / `window-closed` /
   * `extension-applies`: the deadline; `requirement-not-met` / `may-charge` / `needs-review`: a requirement that does not hold;
   * `not-covered`: the policy says nothing about this case.
   */
  code: string;
  params: Readonly<Record<string, string | number | boolean>>;
  text?: LocalText;
}

/** A deadline counted in calendar or business days ("within 30 days of the invoice date"). */
export interface DayDeadline {
  kind: 'day';
  ruleId: string;
  /** The last day to start the return. */
  lastDay: CalendarDate;
  /** Calendar days from today to `lastDay`: 0 means today is the last day, negative means it has passed. */
  daysLeft: number;
  /** The date fact counted from. */
  countedFrom: FactName;
  windowDays: number;
  businessDays: boolean;
  /** True when the date counted from lies ahead (checking before buying): `lastDay` is the earliest it can be. */
  earliest: boolean;
  /** The date counted from, when known (the shopper sees which date was used). */
  from: CalendarDate | null;
}

/** A deadline in elapsed time ("within 48 hours of delivery", "within 30 minutes of ordering"). */
export interface HourDeadline {
  kind: 'hours';
  ruleId: string;
  /** The window's length in minutes (48 hours is 2880). */
  minutes: number;
  countedFrom: FactName;
  /** The exact moment, when the time of the event is known; else null and `lastDay` is the day it falls on at the latest. */
  at: string | null;
  local: LocalDateTime | null;
  lastDay: CalendarDate;
  /**
   * The day to act by, to be surely in time: the moment's own day when it is known; else the last whole day before
   * the earliest the deadline can fall (48 hours from a delivery on the 22nd, at a time not known: the 23rd), or today
   * when no whole day is left.
   */
  actBy: CalendarDate;
  minutesLeft: number | null;
}

/** A deadline set by an event, not a date ("before the product is shipped"). */
export interface EventDeadline {
  kind: 'event';
  ruleId: string;
  /** The yes-no fact whose turning true closes the window (`shipped`). */
  until: FactName;
}

export type Deadline = DayDeadline | HourDeadline | EventDeadline;

export type RefundLineCode = 'price-paid' | 'original-shipping' | 'return-shipping' | 'fee';

/** One line of the refund breakdown. `amountCents` null means the pre-check cannot know it: it is named, never invented. */
export interface RefundLine {
  code: RefundLineCode;
  ruleId: string;
  /** credit: added to the refund; deduction: taken from it; not-refunded: paid and kept by the store; paid-by-shopper / paid-by-store: outside the refund; not-stated: the policy is silent. */
  effect: 'credit' | 'deduction' | 'not-refunded' | 'paid-by-shopper' | 'paid-by-store' | 'not-stated';
  amountCents: number | null;
  basisPoints?: number;
  name?: LocalText;
}

export interface Refund {
  currency: string;
  lines: RefundLine[];
  /** Price plus known credits minus known deductions. Null when the price is not known (the refund is then "the price you paid", with the lines). */
  totalCents: number | null;
  /** True when a deduction of unknown amount applies: the refund is at most `totalCents`. */
  atMost: boolean;
  /** True when a credit of unknown amount applies (original shipping not supplied): the refund is `totalCents` plus that. */
  plusUnknownCredit: boolean;
  returnShipping: 'free-label' | 'free' | 'deducted' | 'shopper-pays' | 'not-stated' | 'none';
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
    | 'not-a-number'
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
  /** The rule that decided. */
  ruleId: string;
  reasons: Reason[];
  deadline: Deadline | null;
  refund: Refund | null;
  /** What comes back: money to the original payment, store credit, an exchange… (null when nothing does). */
  outcome: { kind: OutcomeKind; ruleId: string; quote: string; choices?: OutcomeKind[] } | null;
  /** Who handles it, for `handled-elsewhere`. */
  handledBy: LocalText | null;
  /** The rule's own headline, when it has one. */
  title: LocalText | null;
  nextSteps: Step[];
  /** Requirements the shopper must meet, assumed met unless the facts say otherwise. */
  requirements: { ruleId: string; quote: string; text: LocalText }[];
  timeline: TimelineEntry[];
  notes: Note[];
  /** Values filled into steps, e.g. `{lastDay}` or `{email}`. */
  placeholders: Readonly<Record<string, string>>;
}

/** One way a decision can go, by facts nobody can answer yet (the store's inspection, or a shopper's "I don't know"). */
export interface Alternative {
  /**
   * The facts' values that lead here. For a number, an amount, a weight or a date, `range` says which values:
   * above `after` (exclusive; null: no lower bound) and up to `upTo` (inclusive; null: no upper bound).
   */
  when: { fact: FactName; value: FactValue; range?: { after: FactValue | null; upTo: FactValue | null } }[];
  outcome: Outcome;
}

/** The decision, once no fact the shopper can answer can change it. */
export interface SettledDecision extends Outcome {
  settled: true;
  /**
   * When the outcome still depends on facts that will not be answered (decided by the store, or "I don't know"):
   * every way it can go. The top-level outcome is then the least favourable of them, so nothing is over-promised.
   */
  alternatives: Alternative[];
  problems: FactProblem[];
}

/** Not decided yet: these unknown facts could still change the decision, most decisive first. */
export interface OpenDecision {
  settled: false;
  needed: NeededFact[];
  possibleVerdicts: Verdict[];
  problems: FactProblem[];
  /**
   * True for `openingDecision`'s answer, found before the search: `needed` holds only the first fact (the one the
   * search would ask first) and `possibleVerdicts` only some of the verdicts.
   */
  partial?: true;
}

export type Decision = SettledDecision | OpenDecision;
export type { Outcome };
