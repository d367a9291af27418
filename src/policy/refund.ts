/** The refund breakdown, in whole cents. */
import { holds } from './conditions.ts';
import type { Refund, RefundLine } from './decision.ts';
import { shareOf } from './money.ts';
import type { FactReader } from './reader.ts';
import type { Fee, Policy, Terms } from './schema.ts';

/**
 * Adds up a breakdown: the price and known credits, minus known deductions.
 * Lines whose amount is unknown are kept and flagged, never counted as zero.
 * The total is null when the price itself is not known.
 */
export function refundFrom(currency: string, lines: RefundLine[], shipping: Pick<Refund, 'returnShipping' | 'originalShipping'>): Refund {
  let totalCents: number | null = 0;
  let atMost = false;
  let plusUnknownCredit = false;
  for (const line of lines) {
    if (line.effect === 'credit') {
      if (line.amountCents === null) {
        if (line.code === 'price-paid') totalCents = null;
        else plusUnknownCredit = true;
      } else if (totalCents !== null) totalCents += line.amountCents;
    } else if (line.effect === 'deduction') {
      if (line.amountCents === null) atMost = true;
      else if (totalCents !== null) totalCents -= line.amountCents;
    }
  }
  if (totalCents !== null && totalCents < 0) totalCents = 0;
  return { currency, lines, totalCents, atMost, plusUnknownCredit, ...shipping };
}

/** A fee that is a share of the price needs the price; a flat or unnamed amount does not. */
function needsPrice(fee: Fee): boolean {
  return fee.basisPoints !== undefined && fee.basisPoints > 0;
}

function feeAmount(fee: Fee, price: number | null): number | null {
  if (fee.unknownAmount) return null;
  let amount: number | null = fee.amountCents ?? (fee.basisPoints === 0 ? 0 : price === null ? null : shareOf(price, fee.basisPoints ?? 0));
  if (amount === null) return null;
  if (fee.maxCents !== undefined) amount = Math.min(amount, fee.maxCents);
  if (fee.minCents !== undefined) amount = Math.max(amount, fee.minCents);
  return amount;
}

/**
 * The refund for a return under `terms`: the price paid, then original shipping,
 * return shipping and fees as the policy states them. The price is asked only when
 * a fee is a share of it; otherwise the refund is "the price you paid" less the lines.
 */
export function refundFor(policy: Policy, priceRuleId: string, terms: Required<Terms>, charges: RefundLine[], read: FactReader, returnsGoods = true): Refund {
  const fees = terms.fees.filter((fee) => fee.when === undefined || holds(fee.when, read));
  const price = ((fees.some(needsPrice) ? read.valueOrUnknown('pricePaidCents') : read.peek('pricePaidCents')) as number | undefined) ?? null;
  const lines: RefundLine[] = [{ code: 'price-paid', ruleId: priceRuleId, effect: 'credit', amountCents: price }];

  let originalShipping: Refund['originalShipping'] = 'not-stated';
  const original = terms.originalShipping.find((entry) => entry.when === undefined || holds(entry.when, read));
  if (original) {
    const paid = (read.peek('originalShippingCents') as number | undefined) ?? null;
    originalShipping = original.refunded ? 'refunded' : 'not-refunded';
    lines.push({ code: 'original-shipping', ruleId: original.id, effect: original.refunded ? 'credit' : 'not-refunded', amountCents: paid });
  }

  const shipping = terms.returnShipping.find((entry) => entry.when === undefined || holds(entry.when, read));
  // A cancelled order, or one that never arrived, usually sends nothing back: silence on return shipping is then no gap.
  const returnShipping: Refund['returnShipping'] = shipping ? shipping.cost : returnsGoods ? 'not-stated' : 'none';
  if (shipping || returnsGoods)
    lines.push({
      code: 'return-shipping',
      ruleId: shipping?.id ?? 'not-stated.return-shipping',
      effect: !shipping
        ? 'not-stated'
        : shipping.cost === 'free-label' || shipping.cost === 'free'
          ? 'paid-by-store'
          : shipping.cost === 'deducted'
            ? 'deduction'
            : 'paid-by-shopper',
      amountCents: !shipping ? null : shipping.cost === 'free-label' || shipping.cost === 'free' ? 0 : (shipping.amountCents ?? null),
    });

  for (const fee of fees) {
    lines.push({
      code: 'fee',
      ruleId: fee.id,
      effect: 'deduction',
      name: fee.name,
      amountCents: feeAmount(fee, price),
      ...(fee.basisPoints !== undefined ? { basisPoints: fee.basisPoints } : {}),
    });
  }
  return refundFrom(policy.store.currency, [...lines, ...charges], { returnShipping, originalShipping });
}
