/**
 * The facts vocabulary: everything the pre-check may know about a purchase.
 * Every fact is optional; an unknown fact is one the conversation may ask about,
 * and only when one of its values would change the decision.
 */

import type { CalendarDate, LocalDateTime } from './dates.ts';

export const SITUATIONS = ['changed-mind', 'defective', 'damaged-on-arrival', 'cancel-order', 'before-buying'] as const;
/** What the shopper wants: the first branch of every conversation. */
export type Situation = (typeof SITUATIONS)[number];

export const SELLERS = ['store', 'third-party', 'other-retailer'] as const;
export const PRODUCT_TYPES = ['standard', 'digital', 'manufacturer-only'] as const;
export const REGIONS = ['domestic', 'international'] as const;
export const PAYMENT_METHODS = ['credit-card', 'paypal', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** How each fact is typed: the same table drives validation, the README and the conversation's questions. */
export const FACTS = {
  situation: { kind: 'choice', options: SITUATIONS },
  soldBy: { kind: 'choice', options: SELLERS },
  productType: { kind: 'choice', options: PRODUCT_TYPES },
  isBundle: { kind: 'yes-no' },
  entireBundleReturned: { kind: 'yes-no' },
  preOrder: { kind: 'yes-no' },
  shipped: { kind: 'yes-no' },
  productionStarted: { kind: 'yes-no' },
  orderedAt: { kind: 'moment' },
  invoiceDate: { kind: 'date' },
  deliveredAt: { kind: 'moment' },
  packagingComplete: { kind: 'yes-no' },
  labelsIntact: { kind: 'yes-no' },
  hasProofOfPurchase: { kind: 'yes-no' },
  region: { kind: 'choice', options: REGIONS },
  paymentMethod: { kind: 'choice', options: PAYMENT_METHODS },
  pricePaidCents: { kind: 'amount' },
  weightPounds: { kind: 'weight' },
  originalShippingCents: { kind: 'amount' },
} as const;

export type FactName = keyof typeof FACTS;
type Spec = (typeof FACTS)[FactName];

type ValueOf<S extends Spec> = S extends { kind: 'choice'; options: readonly (infer O)[] }
  ? O
  : S extends { kind: 'yes-no' }
    ? boolean
    : S extends { kind: 'date' }
      ? CalendarDate
      : S extends { kind: 'moment' }
        ? CalendarDate | LocalDateTime
        : number;

/** What is known about a purchase. Dates are the shopper's local calendar dates; a moment may add the time (`2026-11-22T14:05`). */
export type Facts = { -readonly [K in FactName]?: ValueOf<(typeof FACTS)[K]> };

/** Facts that are read as a date (possibly with a time). */
export type DateFact = 'orderedAt' | 'invoiceDate' | 'deliveredAt';
/** Facts that are yes or no. */
export type YesNoFact = {
  [K in FactName]: (typeof FACTS)[K] extends { kind: 'yes-no' } ? K : never;
}[FactName];
/** Facts that are one of a fixed list of options. */
export type ChoiceFact = {
  [K in FactName]: (typeof FACTS)[K] extends { kind: 'choice' } ? K : never;
}[FactName];

/** The fact that holds each date a window can be counted from. */
export const ANCHOR_FACTS = { invoice: 'invoiceDate', order: 'orderedAt', delivery: 'deliveredAt' } as const;
export type DateAnchor = keyof typeof ANCHOR_FACTS;

export function isFactName(name: string): name is FactName {
  return Object.prototype.hasOwnProperty.call(FACTS, name);
}

/** A fact's value, read as an own property only: a page that adds properties to Object.prototype cannot add facts. */
export function ownFact<K extends FactName>(facts: Facts, fact: K): Facts[K] {
  return Object.prototype.hasOwnProperty.call(facts, fact) ? facts[fact] : undefined;
}
