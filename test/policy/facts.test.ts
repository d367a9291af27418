import { describe, expect, it } from 'vitest';
import { igarden, imicro } from '../support/policies.ts';
import type { Facts } from '../../src/policy/index.ts';
import { decide } from './support.ts';

/** Facts from shoppers and host pages may be wrong; each bad one is named and asked again, the rest kept. */
const known: Facts = { situation: 'changed-mind', soldBy: 'store', paymentMethod: 'paypal', pricePaidCents: 12_999 };

const bad: { name: string; facts: Record<string, unknown>; fact: string; code: string; message: RegExp }[] = [
  {
    name: 'a delivery date in the future',
    facts: { deliveredAt: '2026-11-30' },
    fact: 'deliveredAt',
    code: 'future-date',
    message: /2026-11-30 is in the future/,
  },
  {
    name: 'a delivery time later today than now',
    facts: { deliveredAt: '2026-11-23T18:00' },
    fact: 'deliveredAt',
    code: 'future-date',
    message: /in the future/,
  },
  { name: 'a date that does not exist', facts: { deliveredAt: '2026-02-30' }, fact: 'deliveredAt', code: 'invalid-date', message: /expected a real date/ },
  { name: 'a date from year one', facts: { deliveredAt: '0001-01-01' }, fact: 'deliveredAt', code: 'too-old', message: /from 1990-01-01 on/ },
  {
    name: 'delivery before the order',
    facts: { orderedAt: '2026-11-20', deliveredAt: '2026-11-19' },
    fact: 'deliveredAt',
    code: 'before-order',
    message: /before the order date/,
  },
  {
    name: 'a price of "abc"',
    facts: { deliveredAt: '2026-11-20', pricePaidCents: 'abc' },
    fact: 'pricePaidCents',
    code: 'not-an-amount',
    message: /expected a whole number of cents/,
  },
  { name: 'a negative price', facts: { deliveredAt: '2026-11-20', pricePaidCents: -5 }, fact: 'pricePaidCents', code: 'not-an-amount', message: /got -5/ },
  {
    name: 'a price in fractions of a cent',
    facts: { deliveredAt: '2026-11-20', pricePaidCents: 12.5 },
    fact: 'pricePaidCents',
    code: 'not-an-amount',
    message: /got 12.5/,
  },
  {
    name: 'a payment method the store does not know',
    facts: { deliveredAt: '2026-11-20', paymentMethod: 'bitcoin' },
    fact: 'paymentMethod',
    code: 'not-an-option',
    message: /one of credit-card, paypal, other/,
  },
];

describe('facts that cannot be used', () => {
  it.each(bad)('$name is reported and asked for again', ({ facts, fact, code, message }) => {
    const decision = decide(igarden, { ...known, ...facts } as Facts);
    const problem = decision.problems.find((p) => p.fact === fact);
    expect(problem).toMatchObject({ code });
    expect(problem!.message).toMatch(message);
    // Everything else the shopper said still counts: only the bad fact is asked again.
    if (decision.settled) throw new Error('a needed fact was bad, so the decision cannot be settled');
    expect(decision.needed.map((n) => n.fact)).toEqual([fact === 'orderedAt' ? 'deliveredAt' : fact]);
  });

  it('a yes/no given as text is reported; a condition that is not asked stays a requirement', () => {
    const decision = decide(igarden, { ...known, deliveredAt: '2026-11-20', packagingComplete: 'yes' } as unknown as Facts);
    expect(decision).toMatchObject({ settled: true, problems: [{ fact: 'packagingComplete', code: 'not-yes-no' }] });
    if (decision.settled) expect(decision.requirements.map((r) => r.ruleId)).toContain('igarden.condition.packaging');
  });

  it('a weight of NaN is not a weight', () => {
    const decision = decide(imicro, {
      situation: 'changed-mind',
      soldBy: 'store',
      category: 'standard',
      invoiceDate: '2026-11-20',
      packagingComplete: true,
      labelsIntact: true,
      isBundle: false,
      pricePaidCents: 100,
      weightPounds: Number.NaN,
    });
    expect(decision).toMatchObject({ settled: false, needed: [{ fact: 'weightPounds' }], problems: [{ fact: 'weightPounds', code: 'not-a-weight' }] });
  });

  it('an unknown fact is named and ignored', () => {
    const decision = decide(igarden, { ...known, deliveredAt: '2026-11-20', colour: 'green' } as Facts);
    expect(decision).toMatchObject({ settled: true, problems: [{ fact: 'colour', code: 'unknown-fact' }] });
  });

  it('facts that are not an object are reported, not thrown', () => {
    expect(decide(igarden, 'nonsense' as unknown as Facts)).toMatchObject({ settled: false, problems: [{ code: 'unknown-fact' }] });
  });

  it('a time zone the browser does not know falls back to the browser’s own', async () => {
    const { evaluate } = await import('../../src/policy/index.ts');
    const decision = evaluate(igarden, { ...known, deliveredAt: '2026-11-20' }, Date.now(), { timeZone: 'Mars/Olympus' });
    expect(decision.settled).toBe(true);
  });
});
