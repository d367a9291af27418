/**
 * The facts vocabulary. A policy declares every fact its rules read: the built-in
 * ones below (their kind is fixed, and the widget knows how to ask them) and any
 * fact of the merchant's own. Every fact is optional; an unknown fact is one the
 * conversation may ask about, and only when one of its values would change the decision.
 */

import type { CalendarDate, LocalDateTime } from './dates.ts';

/** What the shopper wants: the first branch of every conversation. */
export const SITUATIONS = ['changed-mind', 'defective', 'damaged-on-arrival', 'wrong-item', 'not-arrived', 'cancel-order', 'before-buying'] as const;
export type Situation = (typeof SITUATIONS)[number];

/** How a fact's value is written. */
export const FACT_KINDS = ['yes-no', 'choice', 'number', 'amount', 'date', 'moment', 'weight'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * Facts every policy may use by name. Their kind is fixed; a policy that uses one
 * declares it (with its options, for a choice) and may word its question itself.
 * `amount` is whole cents; `weight` is pounds; `moment` is a date with an optional time.
 */
export const BUILT_IN_FACTS = {
  situation: 'choice',
  orderedAt: 'moment',
  deliveredAt: 'moment',
  invoiceDate: 'date',
  pricePaidCents: 'amount',
  originalShippingCents: 'amount',
  paymentMethod: 'choice',
  weightPounds: 'weight',
  country: 'choice',
  region: 'choice',
  soldBy: 'choice',
  category: 'choice',
  memberTier: 'choice',
  shipped: 'yes-no',
  preOrder: 'yes-no',
  productionStarted: 'yes-no',
  hasProofOfPurchase: 'yes-no',
} as const satisfies Record<string, FactKind>;
export type BuiltInFact = keyof typeof BUILT_IN_FACTS;

/** A fact's name: built in, or the merchant's own (`tagsAttached`, `worn`). */
export type FactName = string;
export type FactValue = string | number | boolean;

/** What is known about a purchase. Dates are the shopper's local calendar dates; a moment may add the time (`2026-11-22T14:05`). */
export type Facts = {
  situation?: Situation;
  orderedAt?: CalendarDate | LocalDateTime;
  deliveredAt?: CalendarDate | LocalDateTime;
  invoiceDate?: CalendarDate;
  pricePaidCents?: number;
  originalShippingCents?: number;
  weightPounds?: number;
  [fact: string]: FactValue | undefined;
};

export function isBuiltInFact(name: string): name is BuiltInFact {
  return Object.hasOwn(BUILT_IN_FACTS, name);
}

/** A fact's value, read as an own property only: a page that adds properties to Object.prototype cannot add facts. */
export function ownFact(facts: Facts, fact: FactName): FactValue | undefined {
  return Object.hasOwn(facts, fact) ? facts[fact] : undefined;
}

/** Facts that are dates: the kinds a window or an elapsed-time condition counts from. */
export function isDateKind(kind: FactKind): kind is 'date' | 'moment' {
  return kind === 'date' || kind === 'moment';
}
