import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { MAX_AMOUNT_CENTS, shareOf } from '../../src/policy/money.ts';

const cents = fc.integer({ min: 0, max: MAX_AMOUNT_CENTS });
const rate = fc.integer({ min: 0, max: 10_000 });

describe('shares of an amount, in whole cents', () => {
  it('rounds to the nearest cent, half a cent up', () => {
    expect(shareOf(12_999, 380)).toBe(494); // 493.962
    expect(shareOf(12_999, 349)).toBe(454); // 453.6651
    expect(shareOf(50, 1_000)).toBe(5);
    expect(shareOf(5, 1_000)).toBe(1); // 0.5 rounds up
    expect(shareOf(4, 1_000)).toBe(0); // 0.4 rounds down
  });

  it('is within half a cent of the exact share', () => {
    fc.assert(fc.property(cents, rate, (amount, bp) => Math.abs(shareOf(amount, bp) - (amount * bp) / 10_000) <= 0.5));
  });

  it('never exceeds the amount, and all of it is the amount', () => {
    fc.assert(fc.property(cents, rate, (amount, bp) => shareOf(amount, bp) <= amount && shareOf(amount, 10_000) === amount && shareOf(amount, 0) === 0));
  });

  it('grows with the amount', () => {
    fc.assert(fc.property(cents, cents, rate, (a, b, bp) => (a <= b ? shareOf(a, bp) <= shareOf(b, bp) : shareOf(a, bp) >= shareOf(b, bp))));
  });

  it('refuses amounts that are not whole cents', () => {
    expect(() => shareOf(12.5, 380)).toThrow(RangeError);
    expect(() => shareOf(-1, 380)).toThrow(RangeError);
    expect(() => shareOf(100, 3.8)).toThrow(RangeError);
  });
});

describe('a refund adds up', () => {
  it('price minus the fee is the total, for any price and payment method', () => {
    const method = fc.constantFrom('credit-card', 'paypal', 'other') as fc.Arbitrary<'credit-card' | 'paypal' | 'other'>;
    fc.assert(
      fc.property(cents, method, (price, paymentMethod) => {
        const decision = evaluate(
          igarden,
          { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-20', pricePaidCents: price, paymentMethod },
          Date.UTC(2026, 10, 23, 12),
          { timeZone: 'UTC' },
        );
        if (!decision.settled || !decision.refund) return false;
        // The policy states no fee for other payment methods: then nothing is deducted.
        const fee = decision.refund.lines.find((line) => line.code === 'fee')?.amountCents ?? 0;
        return Number.isInteger(decision.refund.totalCents) && decision.refund.totalCents === price - fee && decision.refund.totalCents >= 0;
      }),
    );
  });
});
