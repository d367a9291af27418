/** The refund breakdown, in whole cents. */
import type { Refund, RefundLine } from './decision.ts';
import { shareOf } from './money.ts';
import type { FactReader } from './reader.ts';
import type { RefundTerms } from './schema.ts';

/**
 * Adds up a breakdown: the price and known credits, minus known deductions.
 * Lines whose amount is unknown are kept and flagged, never counted as zero.
 */
export function refundFrom(
  currency: string,
  lines: RefundLine[],
  shipping: Pick<Refund, 'returnShipping' | 'originalShipping'>,
): Refund {
  let totalCents = 0;
  let atMost = false;
  let plusUnknownCredit = false;
  for (const line of lines) {
    if (line.effect === 'credit') {
      if (line.amountCents === null) plusUnknownCredit = true;
      else totalCents += line.amountCents;
    } else if (line.effect === 'deduction') {
      if (line.amountCents === null) atMost = true;
      else totalCents -= line.amountCents;
    }
  }
  return { currency, lines, totalCents, atMost, plusUnknownCredit, ...shipping };
}

/**
 * The refund for a return under `terms`: the price paid, then original shipping,
 * return shipping and fees as the policy states them.
 */
export function refundForReturn(
  terms: RefundTerms,
  currency: string,
  read: FactReader,
  priceRuleId: string,
  extraLines: RefundLine[] = [],
): Refund {
  const price = read.amount('pricePaidCents');
  const lines: RefundLine[] = [{ code: 'price-paid', ruleId: priceRuleId, effect: 'credit', amountCents: price }];

  let originalShipping: Refund['originalShipping'] = 'not-stated';
  if (terms.originalShipping) {
    const paid = read.peek('originalShippingCents') ?? null;
    originalShipping = terms.originalShipping.refunded ? 'refunded' : 'not-refunded';
    lines.push({
      code: 'original-shipping',
      ruleId: terms.originalShipping.id,
      effect: terms.originalShipping.refunded ? 'credit' : 'not-refunded',
      amountCents: paid,
    });
  }

  const shipping = terms.returnShipping;
  let returnShipping: Refund['returnShipping'] = shipping.cost;
  if (shipping.cost === 'free-label' && shipping.freeUpToPounds !== undefined) {
    // "free return shipping labels will be issued for such products weighing 30 pounds or less"
    if (read.weight('weightPounds') > shipping.freeUpToPounds) returnShipping = 'shopper-pays';
  }
  lines.push({
    code: 'return-shipping',
    ruleId: shipping.id,
    effect:
      returnShipping === 'free-label' ? 'paid-by-store' : returnShipping === 'deducted' ? 'deduction' : 'paid-by-shopper',
    amountCents: returnShipping === 'free-label' ? 0 : null,
  });

  for (const fee of terms.fees) {
    const rate = fee.basisPoints.any ?? fee.basisPoints[read.choice('paymentMethod')];
    lines.push({
      code: 'fee',
      ruleId: fee.id,
      effect: 'deduction',
      name: fee.name,
      amountCents: rate === undefined ? 0 : shareOf(price, rate),
      ...(rate === undefined ? { stated: false } : { basisPoints: rate, stated: true }),
    });
  }

  return refundFrom(currency, [...lines, ...extraLines], { returnShipping, originalShipping });
}
