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

export type DoubtCode = 'long-ago' | 'long-ago-suggest' | 'free';

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

/** The doubt an answer raises, or null when it reads as likely. */
export function doubtAbout(question: Question, answer: Answer, today: CalendarDate, locale: Locale): Doubt | null {
  if (answer.unknown) return null;
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
