import { describe, expect, it } from 'vitest';
import { igarden } from '../../src/policy/index.ts';
import type { Facts, Verdict } from '../../src/policy/index.ts';
import { decide, settled } from './support.ts';

/** Today is 2026-11-23, 15:00 on the shopper's clock. */
const changedMind: Facts = {
  situation: 'changed-mind',
  soldBy: 'store',
  deliveredAt: '2026-11-10',
  pricePaidCents: 12_999,
  paymentMethod: 'credit-card',
};
const defect: Facts = { situation: 'defective', soldBy: 'store', region: 'domestic', pricePaidCents: 12_999, paymentMethod: 'paypal' };
const cancel: Facts = { situation: 'cancel-order', soldBy: 'store', shipped: false, preOrder: false, pricePaidCents: 39_900 };

interface Row {
  name: string;
  facts: Facts;
  verdict: Verdict;
  because: string[];
  deadline?: Record<string, unknown>;
  totalCents?: number;
  atMost?: boolean;
}

const rows: Row[] = [
  // 30 calendar days of delivery.
  { name: 'delivered 30 days ago: today is the last day', facts: { ...changedMind, deliveredAt: '2026-10-24' }, verdict: 'eligible', because: ['igarden.window.30-days'], deadline: { lastDay: '2026-11-23', daysLeft: 0, countedFrom: 'delivery' } },
  { name: 'delivered 31 days ago', facts: { ...changedMind, deliveredAt: '2026-10-23' }, verdict: 'not-eligible', because: ['igarden.window.30-days'], deadline: { lastDay: '2026-11-22', daysLeft: -1 } },
  { name: 'bought through a retailer', facts: { ...changedMind, soldBy: 'other-retailer' }, verdict: 'handled-elsewhere', because: ['igarden.scope.retailer'] },
  { name: 'bought from a third-party seller', facts: { ...changedMind, soldBy: 'third-party' }, verdict: 'handled-elsewhere', because: ['igarden.scope.retailer'] },
  { name: 'no receipt, invoice or order confirmation', facts: { ...changedMind, hasProofOfPurchase: false }, verdict: 'not-eligible', because: ['igarden.window.30-days', 'igarden.condition.receipt'] },
  { name: 'missing accessories may incur charges', facts: { ...changedMind, packagingComplete: false }, verdict: 'eligible', because: ['igarden.window.30-days', 'igarden.condition.packaging'], atMost: true },
  // Defects: 48 hours of delivery, elapsed time.
  { name: 'defect reported exactly 48 hours after delivery', facts: { ...defect, deliveredAt: '2026-11-21T15:00' }, verdict: 'eligible', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.defect.full-refund', 'igarden.defect.replacement'], deadline: { kind: 'hours', local: '2026-11-23T15:00', minutesLeft: 0 }, totalCents: 12_999 },
  { name: 'defect reported 48 hours and 1 minute after delivery falls back to a standard return', facts: { ...defect, deliveredAt: '2026-11-21T14:59' }, verdict: 'eligible', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.window.30-days'], deadline: { kind: 'day', lastDay: '2026-12-21' }, atMost: true },
  { name: 'defect found after the return window goes to the warranty', facts: { ...defect, deliveredAt: '2026-09-30' }, verdict: 'handled-elsewhere', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.window.30-days', 'igarden.defect.warranty'] },
  { name: 'delivered yesterday: within 48 hours whatever the time', facts: { ...defect, deliveredAt: '2026-11-22' }, verdict: 'eligible', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.defect.full-refund', 'igarden.defect.replacement'], deadline: { kind: 'hours', at: null, lastDay: '2026-11-24' } },
  { name: 'a customer outside the US and Canada contacts support', facts: { ...defect, region: 'international', deliveredAt: '2026-11-22' }, verdict: 'needs-review', because: ['igarden.defect.international'] },
  { name: 'damaged on arrival, reported in time', facts: { ...defect, situation: 'damaged-on-arrival', deliveredAt: '2026-11-23T09:00' }, verdict: 'eligible', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.defect.full-refund', 'igarden.defect.replacement'] },
  { name: 'damage reported after the return window: nothing remains', facts: { ...defect, situation: 'damaged-on-arrival', deliveredAt: '2026-10-01' }, verdict: 'not-eligible', because: ['igarden.defect.48-hours', 'igarden.limits.damage-48-hours', 'igarden.window.30-days'] },
  // Cancellation.
  { name: 'cancelled exactly 24 hours after ordering: full refund', facts: { ...cancel, orderedAt: '2026-11-22T15:00' }, verdict: 'eligible', because: ['igarden.cancel.in-stock', 'igarden.cancel.24-hours'], deadline: { kind: 'hours', local: '2026-11-23T15:00' }, totalCents: 39_900, atMost: false },
  { name: 'cancelled 24 hours and 1 minute after ordering: processing costs may be deducted', facts: { ...cancel, orderedAt: '2026-11-22T14:59' }, verdict: 'eligible', because: ['igarden.cancel.in-stock', 'igarden.cancel.processing-costs'], deadline: { kind: 'event', before: 'shipment' }, totalCents: 39_900, atMost: true },
  { name: 'ordered two days ago: the date alone settles it', facts: { ...cancel, orderedAt: '2026-11-21' }, verdict: 'eligible', because: ['igarden.cancel.in-stock', 'igarden.cancel.processing-costs'] },
  { name: 'already shipped: no cancellation', facts: { ...cancel, shipped: true }, verdict: 'not-eligible', because: ['igarden.cancel.shipped'] },
  { name: 'pre-order before production begins', facts: { ...cancel, preOrder: true, productionStarted: false, orderedAt: '2026-11-23T10:00' }, verdict: 'eligible', because: ['igarden.cancel.pre-order', 'igarden.cancel.24-hours'] },
  { name: 'pre-order once production has begun', facts: { ...cancel, preOrder: true, productionStarted: true }, verdict: 'not-eligible', because: ['igarden.cancel.pre-order'] },
];

describe('iGarden policy', () => {
  it.each(rows)('$name', (row) => {
    const decision = settled(igarden, row.facts);
    expect(decision.verdict).toBe(row.verdict);
    expect(decision.reasons.map((r) => r.ruleId)).toEqual(row.because);
    if (row.deadline) expect(decision.deadline).toMatchObject(row.deadline);
    if (row.totalCents !== undefined) expect(decision.refund?.totalCents).toBe(row.totalCents);
    if (row.atMost !== undefined) expect(decision.refund?.atMost).toBe(row.atMost);
  });

  describe('a change-of-mind refund', () => {
    const feeOf = (facts: Facts) => settled(igarden, facts).refund!.lines.find((l) => l.code === 'fee')!;

    it('deducts 3.8 % for credit card: $129.99 → $4.94', () => {
      const { refund } = settled(igarden, changedMind);
      expect(feeOf(changedMind)).toMatchObject({ basisPoints: 380, amountCents: 494, stated: true });
      expect(refund).toMatchObject({ totalCents: 12_505, atMost: true, returnShipping: 'deducted', originalShipping: 'not-refunded' });
    });

    it('deducts 3.49 % for PayPal: $129.99 → $4.54', () => {
      expect(feeOf({ ...changedMind, paymentMethod: 'paypal' })).toMatchObject({ basisPoints: 349, amountCents: 454 });
      expect(settled(igarden, { ...changedMind, paymentMethod: 'paypal' }).refund!.totalCents).toBe(12_545);
    });

    it('says the policy states no fee for other payment methods', () => {
      expect(feeOf({ ...changedMind, paymentMethod: 'other' })).toMatchObject({ amountCents: 0, stated: false });
    });

    it('names return shipping as an unknown deduction and keeps original shipping', () => {
      const { refund } = settled(igarden, { ...changedMind, originalShippingCents: 995 });
      expect(refund!.lines.map((l) => [l.code, l.effect, l.amountCents])).toEqual([
        ['price-paid', 'credit', 12_999],
        ['original-shipping', 'not-refunded', 995],
        ['return-shipping', 'deduction', null],
        ['fee', 'deduction', 494],
      ]);
    });

    it('shows both refund times the policy states', () => {
      const { timeline } = settled(igarden, changedMind);
      expect(timeline.filter((t) => t.stage === 'refund').map((t) => [t.minDays, t.maxDays])).toEqual([
        [3, 5],
        [5, 10],
      ]);
    });

    it('notes state rights and international duties', () => {
      const ids = settled(igarden, changedMind).notes.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['igarden.notes.state-rights', 'igarden.notes.international', 'igarden.notes.california']));
    });
  });

  describe('a defect reported within 48 hours', () => {
    const inTime: Facts = { ...defect, deliveredAt: '2026-11-22T10:00' };

    it('refunds price and original shipping with a prepaid label, and needs no payment method', () => {
      const { paymentMethod: _, ...facts } = { ...inTime, originalShippingCents: 995 };
      const { refund } = settled(igarden, facts);
      expect(refund).toMatchObject({ totalCents: 13_994, atMost: false, returnShipping: 'free-label', originalShipping: 'refunded' });
    });

    it('names original shipping as refunded even when its amount is not known', () => {
      expect(settled(igarden, inTime).refund).toMatchObject({ totalCents: 12_999, plusUnknownCredit: true });
    });

    it('gives the exact moment to report by, and the email to write to', () => {
      const decision = settled(igarden, inTime);
      expect(decision.deadline).toMatchObject({ kind: 'hours', hours: 48, local: '2026-11-24T10:00', minutesLeft: 19 * 60 });
      expect(decision.placeholders).toMatchObject({ email: 'support@igarden.ai', reportBy: '2026-11-24T10:00' });
      expect(decision.nextSteps[0]!.id).toBe('igarden.defect.step.email');
    });

    it('warns that an item found working has shipping deducted', () => {
      expect(settled(igarden, inTime).notes.map((n) => n.id)).toContain('igarden.defect.found-working');
    });
  });

  it('a defect reported late keeps the standard return and mentions the warranty', () => {
    const decision = settled(igarden, { ...defect, deliveredAt: '2026-11-15' });
    expect(decision.reasons[0]).toMatchObject({ code: 'reported-too-late', params: { hours: 48 } });
    expect(decision.notes.map((n) => n.id)).toContain('igarden.defect.warranty');
    expect(decision.refund!.lines.find((l) => l.code === 'fee')).toMatchObject({ basisPoints: 349 });
  });

  it('delivered two days ago, time unknown: asks for the time of delivery', () => {
    const decision = decide(igarden, { ...defect, deliveredAt: '2026-11-21' });
    expect(decision).toMatchObject({ settled: false, needed: [{ fact: 'deliveredAt', precision: 'time' }] });
  });

  it('ordered yesterday, time unknown: asks for the time of the order', () => {
    const decision = decide(igarden, { ...cancel, orderedAt: '2026-11-22' });
    expect(decision).toMatchObject({ settled: false, needed: [{ fact: 'orderedAt', precision: 'time' }] });
  });

  it('checking before buying: 30 days from delivery, at the earliest 30 days from today', () => {
    const decision = settled(igarden, { situation: 'before-buying', soldBy: 'store', pricePaidCents: 59_900, paymentMethod: 'credit-card' });
    expect(decision.deadline).toMatchObject({ countedFrom: 'delivery', lastDay: '2026-12-23', earliest: true });
    expect(decision.refund).toMatchObject({ totalCents: 59_900 - 2_276, atMost: true });
  });
});
