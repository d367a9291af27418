import { describe, expect, it } from 'vitest';
import { imicro } from '../../src/policy/index.ts';
import type { Facts, Verdict } from '../../src/policy/index.ts';
import { settled } from './support.ts';

/** A return that meets every condition; each row changes what it tests. Today is 2026-11-23. */
const fine: Facts = {
  situation: 'changed-mind',
  soldBy: 'store',
  productType: 'standard',
  invoiceDate: '2026-11-01',
  packagingComplete: true,
  labelsIntact: true,
  isBundle: false,
  pricePaidCents: 54_999,
  weightPounds: 4,
};

interface Row {
  name: string;
  facts: Facts;
  now?: string;
  verdict: Verdict;
  /** Rule ids of the reasons, in order. */
  because: string[];
  lastDay?: string;
  daysLeft?: number;
  steps?: string[];
}

const rows: Row[] = [
  // 30 days from the invoice date, inclusive: 2026-10-24 + 30 = 2026-11-23.
  { name: 'invoiced 30 days ago: today is the last day', facts: { ...fine, invoiceDate: '2026-10-24' }, verdict: 'eligible', because: ['imicro.window.30-days'], lastDay: '2026-11-23', daysLeft: 0 },
  { name: 'invoiced 31 days ago: the window closed yesterday', facts: { ...fine, invoiceDate: '2026-10-23' }, verdict: 'not-eligible', because: ['imicro.window.30-days'], lastDay: '2026-11-22', daysLeft: -1 },
  { name: 'invoiced today', facts: { ...fine, invoiceDate: '2026-11-23' }, verdict: 'eligible', because: ['imicro.window.30-days'], lastDay: '2026-12-23', daysLeft: 30 },
  { name: 'invoiced in a leap February', facts: { ...fine, invoiceDate: '2028-02-01' }, now: '2028-03-02T09:00', verdict: 'eligible', because: ['imicro.window.30-days'], lastDay: '2028-03-02', daysLeft: 0 },
  // Sold and shipped by iMicro.
  { name: 'sold by a third-party seller', facts: { ...fine, soldBy: 'third-party' }, verdict: 'handled-elsewhere', because: ['imicro.scope.sold-and-shipped'], steps: ['imicro.scope.contact-seller'] },
  { name: 'bought at another retailer', facts: { ...fine, soldBy: 'other-retailer' }, verdict: 'handled-elsewhere', because: ['imicro.scope.sold-and-shipped'] },
  // Digital products are final sale; manufacturer-only items go to the manufacturer.
  { name: 'a digital product is final sale', facts: { ...fine, productType: 'digital' }, verdict: 'not-eligible', because: ['imicro.digital.final-sale'], steps: [] },
  { name: 'a defective digital product is final sale too', facts: { ...fine, situation: 'defective', productType: 'digital' }, verdict: 'not-eligible', because: ['imicro.digital.final-sale'] },
  { name: 'a manufacturer-only item goes to the manufacturer', facts: { ...fine, productType: 'manufacturer-only' }, verdict: 'handled-elsewhere', because: ['imicro.manufacturer-only'], steps: ['imicro.manufacturer-only.contact'] },
  // Conditions that void a return.
  { name: 'missing original packing or accessories', facts: { ...fine, packagingComplete: false }, verdict: 'not-eligible', because: ['imicro.window.30-days', 'imicro.condition.packaging'] },
  { name: 'a damaged or missing serial, UPC or warranty label', facts: { ...fine, labelsIntact: false }, verdict: 'not-eligible', because: ['imicro.window.30-days', 'imicro.condition.labels'] },
  // Bundles are returned whole.
  { name: 'part of a bundle', facts: { ...fine, isBundle: true, entireBundleReturned: false }, verdict: 'not-eligible', because: ['imicro.window.30-days', 'imicro.bundle.entire'] },
  { name: 'the entire bundle', facts: { ...fine, isBundle: true, entireBundleReturned: true }, verdict: 'eligible', because: ['imicro.window.30-days'] },
  // Free label at 30 lb or less; heavier items are returnable, the shopper pays shipping.
  {
    name: 'exactly 30 lb gets the free label',
    facts: { ...fine, weightPounds: 30 },
    verdict: 'eligible',
    because: ['imicro.window.30-days'],
    steps: ['imicro.step.preapproval', 'imicro.step.label-email', 'imicro.step.pack', 'imicro.step.label-14-days'],
  },
  {
    name: '30.1 lb: the shopper pays return shipping',
    facts: { ...fine, weightPounds: 30.1 },
    verdict: 'eligible',
    because: ['imicro.window.30-days', 'imicro.label.30-pounds'],
    steps: ['imicro.step.preapproval', 'imicro.step.heavy-item', 'imicro.step.pack', 'imicro.step.label-14-days'],
  },
  // Holiday extension: purchases 2023-11-01 to 2023-12-31 refundable until 2024-01-31.
  { name: 'holiday: bought on the first day of the extension', facts: { ...fine, invoiceDate: '2023-11-01' }, now: '2024-01-31T20:00', verdict: 'eligible', because: ['imicro.holiday-2023'], lastDay: '2024-01-31', daysLeft: 0 },
  { name: 'holiday: bought on the last day of the extension', facts: { ...fine, invoiceDate: '2023-12-31' }, now: '2024-01-20T09:00', verdict: 'eligible', because: ['imicro.holiday-2023'], lastDay: '2024-01-31', daysLeft: 11 },
  { name: 'holiday: the day after the extension ends', facts: { ...fine, invoiceDate: '2023-12-31' }, now: '2024-02-01T09:00', verdict: 'not-eligible', because: ['imicro.holiday-2023'], lastDay: '2024-01-31', daysLeft: -1 },
  { name: 'holiday: bought the day before it starts gets 30 days only', facts: { ...fine, invoiceDate: '2023-10-31' }, now: '2023-12-01T09:00', verdict: 'not-eligible', because: ['imicro.window.30-days'], lastDay: '2023-11-30', daysLeft: -1 },
  { name: 'holiday: bought the day after it ends gets 30 days', facts: { ...fine, invoiceDate: '2024-01-01' }, now: '2024-01-31T09:00', verdict: 'eligible', because: ['imicro.window.30-days'], lastDay: '2024-01-31', daysLeft: 0 },
  // Damaged on arrival: iMicro investigates.
  {
    name: 'damaged on arrival needs pictures and an investigation',
    facts: { situation: 'damaged-on-arrival', soldBy: 'store', productType: 'standard' },
    verdict: 'needs-review',
    because: ['imicro.damaged-on-arrival'],
    steps: ['imicro.damage.photos', 'imicro.damage.contact', 'imicro.damage.investigation'],
  },
  // No separate defect terms: a defective item is returned like any other.
  { name: 'defective within 30 days is returned under the 30-day terms', facts: { ...fine, situation: 'defective' }, verdict: 'eligible', because: ['imicro.window.30-days', 'imicro.window.30-days'] },
  { name: 'defective after 30 days', facts: { ...fine, situation: 'defective', invoiceDate: '2026-09-01' }, verdict: 'not-eligible', because: ['imicro.window.30-days', 'imicro.window.30-days'], lastDay: '2026-10-01' },
  // Not covered by the policy.
  { name: 'cancelling an order is not covered by this policy', facts: { situation: 'cancel-order' }, verdict: 'needs-review', because: ['not-covered'] },
];

describe('iMicro policy', () => {
  it.each(rows)('$name', (row) => {
    const decision = settled(imicro, row.facts, row.now);
    expect(decision.verdict).toBe(row.verdict);
    expect(decision.reasons.map((r) => r.ruleId)).toEqual(row.because);
    if (row.lastDay !== undefined) expect(decision.deadline).toMatchObject({ kind: 'day', lastDay: row.lastDay });
    if (row.daysLeft !== undefined) expect(decision.deadline).toMatchObject({ daysLeft: row.daysLeft });
    if (row.steps !== undefined) expect(decision.nextSteps.map((s) => s.id)).toEqual(row.steps);
  });

  it('every reason quotes its clause word for word', () => {
    const decision = settled(imicro, { ...fine, weightPounds: 45 });
    expect(decision.reasons.length).toBeGreaterThan(1);
    for (const reason of decision.reasons) expect(reason.quote).toBeTruthy();
    expect(decision.reasons[1]!.quote).toContain('weighing 30 pounds or less');
  });

  it('refunds the whole price with no restocking fee and a free label', () => {
    const { refund } = settled(imicro, fine);
    expect(refund).toMatchObject({ totalCents: 54_999, atMost: false, returnShipping: 'free-label' });
    expect(refund!.lines.map((l) => [l.code, l.effect, l.amountCents])).toEqual([
      ['price-paid', 'credit', 54_999],
      ['return-shipping', 'paid-by-store', 0],
      ['fee', 'deduction', 0],
    ]);
  });

  it('an item over 30 lb is still refunded in full; the shopper pays the carrier', () => {
    const { refund } = settled(imicro, { ...fine, weightPounds: 31 });
    expect(refund).toMatchObject({ totalCents: 54_999, returnShipping: 'shopper-pays' });
    expect(refund!.lines.find((l) => l.code === 'return-shipping')).toMatchObject({ effect: 'paid-by-shopper', amountCents: null });
  });

  it('states both the processing and the refund times', () => {
    const { timeline } = settled(imicro, fine);
    expect(timeline.map((t) => [t.stage, t.minDays, t.maxDays, t.businessDays])).toEqual([
      ['processing', 5, undefined, true],
      ['refund', undefined, 30, false],
    ]);
  });

  it('checking before buying counts 30 days from today and lists the conditions as requirements', () => {
    const decision = settled(imicro, { situation: 'before-buying', soldBy: 'store', productType: 'standard', isBundle: true, pricePaidCents: 19_999, weightPounds: 2 });
    expect(decision.verdict).toBe('eligible');
    expect(decision.deadline).toMatchObject({ lastDay: '2026-12-23', daysLeft: 30, earliest: false });
    expect(decision.requirements.map((r) => r.ruleId)).toEqual(['imicro.condition.packaging', 'imicro.condition.labels', 'imicro.bundle.entire']);
  });

  it('checking a digital product before buying says it is final sale', () => {
    expect(settled(imicro, { situation: 'before-buying', soldBy: 'store', productType: 'digital' }).verdict).toBe('not-eligible');
  });

  it('the last day to request pre-approval is filled into the first step', () => {
    const decision = settled(imicro, { ...fine, invoiceDate: '2026-10-30' });
    expect(decision.placeholders.lastDay).toBe('2026-11-29');
    expect(decision.nextSteps[0]!.text).toMatchObject({ en: expect.stringContaining('{lastDay}') });
  });
});
