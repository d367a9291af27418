/**
 * Facts come from shoppers and host pages, so each is checked before use.
 * A fact that cannot be used is reported and treated as unknown: the
 * conversation asks for it again, and nothing else the shopper said is lost.
 */
import { isCalendarDate, isLocalDateTime, instantAt } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { FactProblem } from './decision.ts';
import { isBuiltInFact } from './facts.ts';
import type { Facts } from './facts.ts';
import { isAmountCents, MAX_AMOUNT_CENTS } from './money.ts';
import { indexOf } from './policy-index.ts';
import type { Policy } from './schema.ts';

/** Dates before this are taken for typing mistakes (0001-01-01), not purchases. */
export const EARLIEST_DATE = '1990-01-01';
export const MAX_WEIGHT_POUNDS = 100_000;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Splits facts into those that can be used and the problems with the rest. */
export function checkFacts(policy: Policy, facts: unknown, now: number, timeZone: string, today: CalendarDate): { usable: Facts; problems: FactProblem[] } {
  // Own properties only, into an object with no prototype: nothing a page adds to Object.prototype becomes a fact.
  const usable: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const problems: FactProblem[] = [];
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return { usable: usable as Facts, problems: [{ fact: '', code: 'unknown-fact', message: `facts: expected an object, got ${describe(facts)}` }] };
  }
  const problem = (fact: string, code: FactProblem['code'], expected: string, value: unknown) =>
    problems.push({ fact, code, message: `${fact}: expected ${expected}, got ${describe(value)}` });

  const index = indexOf(policy);
  for (const [fact, value] of Object.entries(facts)) {
    if (value === undefined || value === null) continue;
    const kind = index.kinds.get(fact);
    if (kind === undefined) {
      // A built-in fact this policy never reads (a page's weight, say) is simply not needed.
      if (!isBuiltInFact(fact)) problems.push({ fact, code: 'unknown-fact', message: `${fact}: not a fact this policy declares; it was ignored` });
      continue;
    }
    switch (kind) {
      case 'choice': {
        const options = index.options.get(fact) ?? [];
        if (options.includes(value as string)) usable[fact] = value;
        else problem(fact, 'not-an-option', `one of ${options.join(', ')}`, value);
        break;
      }
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) usable[fact] = value;
        else problem(fact, 'not-a-number', 'a number', value);
        break;
      case 'yes-no':
        if (typeof value === 'boolean') usable[fact] = value;
        else problem(fact, 'not-yes-no', 'true or false', value);
        break;
      case 'amount':
        if (isAmountCents(value)) usable[fact] = value;
        else problem(fact, 'not-an-amount', `a whole number of cents from 0 to ${MAX_AMOUNT_CENTS}`, value);
        break;
      case 'weight':
        if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_WEIGHT_POUNDS) usable[fact] = value;
        else problem(fact, 'not-a-weight', `a weight in pounds above 0 and up to ${MAX_WEIGHT_POUNDS}`, value);
        break;
      case 'date':
      case 'moment': {
        const dated = kind === 'date' ? isCalendarDate(value) : isCalendarDate(value) || isLocalDateTime(value);
        if (!dated) {
          problem(fact, 'invalid-date', kind === 'date' ? 'a real date written YYYY-MM-DD' : 'a real date written YYYY-MM-DD, or YYYY-MM-DDTHH:mm', value);
        } else if (value.slice(0, 10) < EARLIEST_DATE) {
          problem(fact, 'too-old', `a date from ${EARLIEST_DATE} on`, value);
        } else if (isBuiltInFact(fact) && (value.slice(0, 10) > today || (value.length > 10 && instantAt(value, timeZone) > now))) {
          // The order, delivery and invoice lie in the past; a date of the merchant's own (an event, a wedding) may lie ahead.
          problems.push({ fact, code: 'future-date', message: `${fact}: ${value} is in the future (it is now ${today})` });
        } else {
          usable[fact] = value;
        }
        break;
      }
    }
  }

  // Nothing is delivered or invoiced before it is ordered.
  const ordered = usable.orderedAt as string | undefined;
  for (const later of ['deliveredAt', 'invoiceDate'] as const) {
    const value = usable[later] as string | undefined;
    if (ordered && value && (value.length > 10 && ordered.length > 10 ? value < ordered : value.slice(0, 10) < ordered.slice(0, 10))) {
      problems.push({ fact: later, code: 'before-order', message: `${later}: ${value} is before the order date ${ordered}` });
      delete usable[later];
    }
  }
  return { usable: usable as Facts, problems };
}
