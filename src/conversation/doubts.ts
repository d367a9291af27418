/**
 * Answers that read well but are probably slips — a purchase date years back, a price of nothing —
 * are checked with the shopper before they count: "Did you mean …?", with the answer kept.
 * Nothing here decides a return: a confirmed answer is taken as said, and the policy decides on it.
 */
import { isCalendarDate } from '../policy/index.ts';
import type { CalendarDate } from '../policy/index.ts';
import type { Answer } from './answers.ts';
import { formatDate } from './i18n.ts';
import type { Locale } from './i18n.ts';
import type { Question } from './questions.ts';

export type DoubtCode = 'long-ago' | 'long-ago-suggest' | 'free' | 'grouped';

export interface Doubt {
  code: DoubtCode;
  /** The answer as the shopper gave it, recorded as it is if they confirm it. */
  answer: Answer;
  params: Record<string, string>;
  /** What they more likely meant (the same day within the last year), offered as a quick reply. */
  suggestion: { value: CalendarDate; display: string } | null;
}

/** The same day and month, a year earlier ("2026-03-01" → "2025-03-01"); compared as text, so Feb 29 needs no care. */
function yearBefore(date: CalendarDate): string {
  return `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
}

/**
 * True when typed text ends in the language's own decimal mark followed by three digits ("129.999" in English,
 * "49,999" in Spanish): read as a thousands separator (129,999.00), and likely a slip for a price with cents.
 */
function looksGrouped(typed: string, locale: Locale): boolean {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const number = /\d[\d.,\s]*\d/.exec(typed)?.[0] ?? '';
  const at = number.lastIndexOf(decimal);
  return at > 0 && /^\d+$/.test(number.slice(0, at)) && /^\d{3}$/.test(number.slice(at + 1));
}

/** The doubt an answer raises, or null when it reads as likely. `typed`: what the shopper typed or chose. */
export function doubtAbout(question: Question, answer: Answer, today: CalendarDate, locale: Locale, typed?: unknown): Doubt | null {
  if (answer.unknown) return null;
  if (question.kind === 'amount' && typeof typed === 'string' && looksGrouped(typed, locale)) {
    return { code: 'grouped', answer, params: { typed: typed.trim(), amount: answer.display }, suggestion: null };
  }
  if (question.kind === 'date' && typeof answer.value === 'string' && answer.value < yearBefore(today)) {
    // Most such dates are this year's, typed with last year's number (or a year left over from a form).
    const thisYear = `${today.slice(0, 4)}${answer.value.slice(4)}`;
    const likely = thisYear > today ? yearBefore(thisYear) : thisYear;
    const suggestion = isCalendarDate(likely) && likely !== answer.value ? { value: likely, display: formatDate(likely, locale) } : null;
    return {
      code: suggestion ? 'long-ago-suggest' : 'long-ago',
      answer,
      params: { date: answer.display, suggestion: suggestion?.display ?? '' },
      suggestion,
    };
  }
  if (question.fact === 'pricePaidCents' && answer.value === 0) return { code: 'free', answer, params: { amount: answer.display }, suggestion: null };
  return null;
}
