/**
 * Reads a shopper's answer: a quick reply, or typed text matched to what was asked.
 * Only the form of the answer is checked here (is it a date, an amount?); whether a
 * date is acceptable (not in the future, not before the order) is the policy
 * module's fact check, applied by the machine.
 */
import { addDays, isCalendarDate } from '../policy/index.ts';
import type { CalendarDate } from '../policy/index.ts';
import { fill, formatMoney, formatOptions, messagesFor } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { DONT_KNOW } from './questions.ts';
import type { Question } from './questions.ts';

export type ReAskCode = keyof ReturnType<typeof messagesFor>['reAsk'];

export type Parsed =
  | { ok: true; value: string | number | boolean; display: string }
  | { ok: false; reAsk: ReAskCode; params: Record<string, string> };

export interface ParseContext {
  locale: Locale;
  today: CalendarDate;
  currency: string;
  /** Store words that may appear in options ({store}). */
  words: Record<string, string>;
}

/** Longer answers are not read: nobody types 200 characters to say "yes". */
export const MAX_ANSWER_LENGTH = 200;
const POUNDS_PER_KILOGRAM = 2.20462262185;

/** Lower case, no accents, apostrophes dropped, punctuation as spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}.,:/-]+/gu, ' ')
    .trim();
}

/** The phrase of `phrases` found in `text` as whole words, longest first; its length, or 0. */
function longestMatch(text: string, phrases: readonly string[]): number {
  const padded = ` ${text.replace(/[.,:/-]/g, ' ')} `;
  let best = 0;
  for (const phrase of phrases) {
    const wanted = normalize(phrase);
    if (wanted && padded.includes(` ${wanted} `) && wanted.length > best) best = wanted.length;
  }
  return best;
}

function notUnderstood(question: Question, locale: Locale): Parsed {
  return { ok: false, reAsk: 'not-understood', params: { options: formatOptions(question.options.map((o) => o.label), locale) } };
}

/** The situations a shopper may type, offered or not: a situation the policy does not cover still gets its honest answer. */
function situationOptions(question: Question, context: ParseContext): Question['options'] {
  const labels = messagesFor(context.locale).options.situation as Record<string, string>;
  const offered = new Set(question.options.map((option) => option.value));
  return [...question.options, ...Object.keys(labels).filter((value) => !offered.has(value)).map((value) => ({ value, label: labels[value]! }))];
}

function parseChoice(question: Question, typed: string, context: ParseContext): Parsed {
  const messages = messagesFor(context.locale);
  const synonyms = messages.synonyms as unknown as Record<string, Record<string, string[]> | string[]>;
  let best: { option: Question['options'][number]; length: number; tie: boolean } | null = null;
  const options = question.fact === 'situation' && question.key === 'situation' ? situationOptions(question, context) : question.options;
  for (const option of options) {
    const phrases =
      typeof option.value === 'boolean'
        ? (synonyms[option.value ? 'yes' : 'no'] as string[])
        : [...(option.words ?? []), ...(((synonyms[question.key] as Record<string, string[]> | undefined)?.[option.value]) ?? [])];
    const length = longestMatch(typed, [option.label, ...phrases.map((p) => fill(p, context.words))]);
    if (length === 0) continue;
    if (!best || length > best.length) best = { option, length, tie: false };
    else if (length === best.length) best.tie = true;
  }
  if (!best || best.tie) return notUnderstood(question, context.locale);
  return { ok: true, value: best.option.value, display: best.option.label };
}

const MONTHS = new Map<Locale, string[][]>();
/** Month names of a locale, long and short, without accents: index 0 is January. */
function monthNames(locale: Locale): string[][] {
  let names = MONTHS.get(locale);
  if (!names) {
    names = Array.from({ length: 12 }, (_, month) =>
      (['long', 'short'] as const).map((style) =>
        normalize(new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, 15)))).replace(/\.$/, ''),
      ),
    );
    MONTHS.set(locale, names);
  }
  return names;
}

function dateOf(year: number, month: number, day: number): CalendarDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

/** The latest `month`/`day` on or before today (a date typed without a year means the last one). */
function latestBefore(today: CalendarDate, month: number, day: number): CalendarDate | null {
  const year = Number(today.slice(0, 4));
  const thisYear = dateOf(year, month, day);
  if (thisYear && thisYear <= today) return thisYear;
  return dateOf(year - 1, month, day);
}

/** A date: ISO, the locale's numeric order, a month name, "today", "yesterday" or "N days ago". */
export function parseDate(typed: string, context: ParseContext): CalendarDate | null {
  const { locale, today } = context;
  const synonyms = messagesFor(locale).synonyms;
  if (typed === 'today' || longestMatch(typed, synonyms.today) > 0) return today;
  if (typed === 'yesterday' || longestMatch(typed, synonyms.yesterday) > 0) return addDays(today, -1);
  const ago = new RegExp(`^${synonyms.daysAgo}$`).exec(typed);
  if (ago) return Number(ago[1]) <= 3650 ? addDays(today, -Number(ago[1])) : null;

  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(typed);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [month, day] = locale === 'en' ? [first, second] : [second, first];
    if (!match[3]) return latestBefore(today, month, day);
    const year = match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    return dateOf(year, month, day);
  }
  // "november 20", "20 november 2026", "20 de noviembre de 2026", "nov 20, 2026"
  const words = typed.replace(/,/g, ' ').split(/\s+/).filter((word) => word !== 'de' && word !== 'of');
  const month = monthNames(locale).findIndex((names) => words.some((word) => names.includes(word.replace(/\.$/, ''))));
  const numbers = words.filter((word) => /^\d+$/.test(word)).map(Number);
  if (month >= 0 && numbers.length >= 1 && numbers.length <= 2) {
    const day = numbers.find((n) => n <= 31);
    const year = numbers.find((n) => n > 31);
    if (day === undefined) return null;
    return year === undefined ? latestBefore(today, month + 1, day) : dateOf(year, month + 1, day);
  }
  return null;
}

/** A time of day: "14:30", "2:30 pm", "2pm", "9". */
export function parseTime(typed: string): string | null {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.?\s?m\.?|p\.?\s?m\.?)?$/.exec(typed.replace(/\s+/g, ' '));
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.replace(/[.\s]/g, '');
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * An amount in cents: "$1,299.99", "1299.99", "1.299,99", "129". A separator followed by
 * exactly three digits groups thousands; one followed by one or two digits is the decimal point.
 */
export function parseAmount(typed: string): number | null {
  const withoutCurrency = typed.replace(/us\$|[$€£]|\b(usd|eur|gbp|cad|dollars?|dolares|euros?)\b/g, '');
  if (!/^[\d.,\s]*\d[\d.,\s]*$/.test(withoutCurrency)) return null;
  const cleaned = withoutCurrency.replace(/\s/g, '');
  if (cleaned.length > 16) return null;
  const lastSeparator = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  let whole = cleaned;
  let fraction = '';
  if (lastSeparator >= 0) {
    const after = cleaned.slice(lastSeparator + 1);
    if (after.length <= 2 && !/[.,]/.test(after)) {
      whole = cleaned.slice(0, lastSeparator);
      fraction = after;
      // The decimal point cannot also group thousands: "12.345.67" is not a price.
      if (whole.includes(cleaned[lastSeparator]!)) return null;
    }
  }
  if (whole !== '' && !/^\d{1,3}([.,]?\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return null;
  const cents = Number(whole.replace(/[.,]/g, '') || '0') * 100 + Number(fraction.padEnd(2, '0') || '0');
  return Number.isSafeInteger(cents) && cents <= 1_000_000_000 ? cents : null;
}

/** A weight in pounds from "12 lb", "5 kg", "12,5 kg" or "12" (pounds). */
export function parseWeight(typed: string, locale: Locale): { pounds: number; display: string } | null {
  const match = /^(\d+(?:[.,]\d+)?)\s*([\p{L}]+)?$/u.exec(typed);
  if (!match) return null;
  const amount = Number(match[1]!.replace(',', '.'));
  const unit = match[2] ?? 'lb';
  const { kg, lb } = messagesFor(locale).synonyms;
  const isKilograms = kg.includes(unit);
  if (!isKilograms && !lb.includes(unit)) return null;
  if (!(amount > 0) || amount > 100_000) return null;
  const pounds = isKilograms ? amount * POUNDS_PER_KILOGRAM : amount;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return { pounds, display: isKilograms ? `${number.format(amount)} kg (${number.format(pounds)} lb)` : `${number.format(amount)} lb` };
}

/** Reads an answer to `question`: a quick-reply value, or what the shopper typed. */
export function parseAnswer(question: Question, answer: unknown, context: ParseContext): Parsed {
  if (typeof answer === 'boolean' || (typeof answer === 'string' && question.options.some((o) => o.value === answer))) {
    const option = question.options.find((o) => o.value === answer);
    if (option && question.kind === 'choice') return { ok: true, value: option.value, display: option.label };
  }
  if (typeof answer !== 'string' && typeof answer !== 'number') return { ok: false, reAsk: 'empty', params: {} };
  const raw = String(answer);
  if (raw.length > MAX_ANSWER_LENGTH) return { ok: false, reAsk: 'too-long', params: {} };
  const typed = normalize(raw);
  if (raw.trim() === '') return { ok: false, reAsk: 'empty', params: {} };
  const messages = messagesFor(context.locale);
  // "Not sure" is not "sure": not knowing is read before any other answer, so it never decides a result.
  if (answer === DONT_KNOW || longestMatch(typed, messages.synonyms.dontKnow) > 0) {
    return question.canSayDontKnow ? { ok: true, value: DONT_KNOW, display: messages.options.dontKnow } : notUnderstood(question, context.locale);
  }

  switch (question.kind) {
    case 'choice':
      return parseChoice(question, typed, context);
    case 'date': {
      const date = parseDate(typed, context);
      if (date) return { ok: true, value: date, display: date };
      return { ok: false, reAsk: 'invalid-date', params: { example: context.locale === 'en' ? '11/20/2026' : '20/11/2026' } };
    }
    case 'time': {
      const time = parseTime(typed);
      return time ? { ok: true, value: time, display: time } : { ok: false, reAsk: 'invalid-time', params: {} };
    }
    case 'amount': {
      const cents = parseAmount(typed);
      if (cents !== null) return { ok: true, value: cents, display: formatMoney(cents, context.currency, context.locale) };
      return { ok: false, reAsk: 'not-an-amount', params: { example: formatMoney(12_999, context.currency, context.locale) } };
    }
    case 'weight': {
      const weight = parseWeight(typed, context.locale);
      return weight ? { ok: true, value: weight.pounds, display: weight.display } : { ok: false, reAsk: 'not-a-weight', params: {} };
    }
    case 'number': {
      const number = Number(typed.replace(',', '.'));
      return /^\d+(?:[.,]\d+)?$/.test(typed) && Number.isFinite(number)
        ? { ok: true, value: number, display: new Intl.NumberFormat(context.locale).format(number) }
        : { ok: false, reAsk: 'not-a-number', params: {} };
    }
  }
  return { ok: false, reAsk: 'empty', params: { unused: messages.start } };
}
