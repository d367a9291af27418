/**
 * Money is whole cents; rates are basis points (1 bp = 0.01 %, so 3.8 % is 380).
 * Both are integers, so no amount is ever a floating-point approximation.
 */

/** The largest amount the pre-check accepts: ten million in the store's currency. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

/**
 * `basisPoints` of `amountCents`, rounded to the nearest cent (half a cent rounds up).
 * @example shareOf(12_999, 380) // 494 — 3.8 % of $129.99 is $4.93962
 */
export function shareOf(amountCents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`expected whole non-negative cents, got ${amountCents}`);
  }
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0) {
    throw new RangeError(`expected whole non-negative basis points, got ${basisPoints}`);
  }
  return Math.floor((amountCents * basisPoints + 5_000) / 10_000);
}

/** True for a whole number of cents the pre-check accepts (0 up to {@link MAX_AMOUNT_CENTS}). */
export function isAmountCents(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_AMOUNT_CENTS;
}
