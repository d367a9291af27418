/**
 * Reads a shopper's answer: a quick reply, or typed text matched to what was asked.
 * Only the form of the answer is checked here (is it a date, an amount?); whether a
 * date is acceptable (not in the future, not before the order) is the policy
 * module's fact check, applied by the machine.
 */
import { addDays, isCalendarDate } from '../policy/index.ts';
import type { CalendarDate } from '../policy/index.ts';
import { fill, formatMoney, formatOptions, languageOf, messagesFor } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { DONT_KNOW } from './questions.ts';
import type { Question } from './questions.ts';

export type ReAskCode = keyof ReturnType<typeof messagesFor>['reAsk'];

export type Parsed = { ok: true; value: string | number | boolean; display: string } | { ok: false; reAsk: ReAskCode; params: Record<string, string> };

export interface ParseContext {
  locale: Locale;
  today: CalendarDate;
  currency: string;
  /** Store words that may appear in options ({store}). */
  words: Record<string, string>;
}

/** Longer answers are not read: nobody types 200 characters to say "yes". */
export const MAX_ANSWER_LENGTH = 200;
export const POUNDS_PER_KILOGRAM = 2.20462262185;

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

/** Where the phrases of `phrases` occur in `text` as whole words: [start, end) of each, in `text` padded with spaces. */
function occurrences(text: string, phrases: readonly string[]): [number, number][] {
  const padded = ` ${text.replace(/[.,:/-]/g, ' ')} `;
  const found: [number, number][] = [];
  for (const phrase of phrases) {
    const wanted = ` ${normalize(phrase)} `;
    if (wanted.trim()) for (let at = padded.indexOf(wanted); at >= 0; at = padded.indexOf(wanted, at + 1)) found.push([at, at + wanted.length]);
  }
  return found;
}

/** The length of the longest phrase of `phrases` found in `text` as whole words, or 0. */
function longestMatch(text: string, phrases: readonly string[]): number {
  return Math.max(0, ...occurrences(text, phrases).map(([start, end]) => end - start - 2));
}

/** Typed words, a comma or a dot that ends a word dropped, without the whole-word `phrases` (written without accents). */
function without(text: string, phrases: readonly string[]): string {
  return ` ${text.replace(/(?<=\p{L})[.,](?=\s|$)|,(?=\s|$)/gu, '')} `
    .replace(new RegExp(` (?:${phrases.join('|')})(?= )`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function notUnderstood(question: Question, locale: Locale): Parsed {
  return {
    ok: false,
    reAsk: 'not-understood',
    params: {
      options: formatOptions(
        question.options.map((o) => o.label),
        locale,
      ),
    },
  };
}

/** The situations a shopper may type, offered or not: a situation the policy does not cover still gets its honest answer. */
function situationOptions(question: Question, context: ParseContext): Question['options'] {
  const labels = messagesFor(context.locale).options.situation as Record<string, string>;
  const offered = new Set(question.options.map((option) => option.value));
  return [
    ...question.options,
    ...Object.keys(labels)
      .filter((value) => !offered.has(value))
      .map((value) => ({ value, label: labels[value]! })),
  ];
}

/**
 * Yes or no. An answer that says both ("yes and no", "yeah nah") is asked again, except that a phrase inside a longer
 * phrase of the other answer does not count ("of course" in "of course not", "lo tengo" in "no lo tengo").
 */
function parseYesNo(question: Question, typed: string, context: ParseContext): Parsed {
  const { yes, no } = messagesFor(context.locale).synonyms;
  const option = (value: boolean) => question.options.find((o) => o.value === value);
  const [yesAt, noAt] = [true, false].map((value) => occurrences(typed, [option(value)?.label ?? '', ...(value ? yes : no)]));
  const says = (found: [number, number][], other: [number, number][]) =>
    found.some(([start, end]) => !other.some(([s, e]) => s <= start && end <= e && e - s > end - start));
  const saysYes = says(yesAt!, noAt!);
  const chosen = saysYes !== says(noAt!, yesAt!) && option(saysYes);
  return chosen ? { ok: true, value: chosen.value, display: chosen.label } : notUnderstood(question, context.locale);
}

function parseChoice(question: Question, typed: string, context: ParseContext): Parsed {
  if (question.options.some((o) => typeof o.value === 'boolean')) return parseYesNo(question, typed, context);
  const { situation } = messagesFor(context.locale).synonyms as unknown as Record<string, Record<string, string[]>>;
  let best: { option: Question['options'][number]; length: number; tie: boolean } | null = null;
  const options = question.fact === 'situation' && question.key === 'situation' ? situationOptions(question, context) : question.options;
  for (const option of options) {
    const phrases = [...(option.words ?? []), ...((question.key === 'situation' && situation![String(option.value)]) || [])];
    const length = longestMatch(typed, [option.label, ...phrases.map((p) => fill(p, context.words))]);
    if (length === 0) continue;
    if (!best || length > best.length) best = { option, length, tie: false };
    else if (length === best.length) best.tie = true;
  }
  if (!best || best.tie) return notUnderstood(question, context.locale);
  return { ok: true, value: best.option.value, display: best.option.label };
}

const NAMES = new Map<string, string[][]>();
/**
 * Month names of a locale (index 0 is January; long and short) or weekday names (index 0 is Sunday; long),
 * normalized.
 */
function namesOf(locale: Locale, kind: 'month' | 'weekday'): string[][] {
  let names = NAMES.get(locale + kind);
  if (!names) {
    const name = (options: Intl.DateTimeFormatOptions, month: number, day: number) =>
      normalize(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month, day)))).replace(/\.$/, '');
    names =
      kind === 'month'
        ? Array.from({ length: 12 }, (_, month) => (['long', 'short'] as const).map((style) => name({ month: style }, month, 15)))
        : Array.from({ length: 7 }, (_, weekday) => [name({ weekday: 'long' }, 0, 4 + weekday)]); // 2026-01-04 is a Sunday
    NAMES.set(locale + kind, names);
  }
  return names;
}

function dateOf(year: number, month: number, day: number): CalendarDate | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(text) ? text : null;
}

/** 0 for a Sunday. */
function weekdayOf(date: CalendarDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The latest `month`/`day` on or before today (a date typed without a year means the last one). */
function latestBefore(today: CalendarDate, month: number, day: number): CalendarDate | null {
  const year = Number(today.slice(0, 4));
  const thisYear = dateOf(year, month, day);
  if (thisYear && thisYear <= today) return thisYear;
  return dateOf(year - 1, month, day);
}

/**
 * A date: "today", "yesterday", "the day before yesterday", "3 days ago", "two weeks ago", "last Tuesday", "on Monday",
 * ISO, the locale's numeric order (month/day in US English; day/month in British English, Spanish, French, German),
 * or a day and a month name ("11 Dec", "December 11th 2025", "11 de diciembre", "11. Dezember", "1er décembre"),
 * perhaps with its weekday ("Friday, Dec 11", which must then be right).
 * A date without a year is the latest such date on or before today. A weekday alone is the latest such day before
 * today: "Monday" typed on a Monday could be today or a week ago, so it is not read ("last Monday" is a week ago).
 * Anything else ("a few days ago", "about a week ago", "a month ago", "the 11th", "Dec 11 25") is not read (null), so
 * the shopper is asked again: a date is never guessed.
 */
export function parseDate(typed: string, context: ParseContext): CalendarDate | null {
  const { locale, today } = context;
  const synonyms = messagesFor(locale).synonyms;
  const text = without(typed, synonyms.dateFillers);
  const said = (phrases: readonly string[]) => phrases.some((phrase) => without(normalize(phrase), synonyms.dateFillers) === text);
  if (typed === 'today' || said(synonyms.today)) return today;
  if (typed === 'yesterday' || said(synonyms.yesterday)) return addDays(today, -1);
  if (said(synonyms.dayBeforeYesterday)) return addDays(today, -2);
  // Read, so that the policy module says it is in the future, not that it was not understood.
  if (said(synonyms.tomorrow)) return addDays(today, 1);
  const ago = new RegExp(`^${synonyms.ago}$`).exec(text)?.groups;
  if (ago) {
    const count = /^\d{1,4}$/.test(ago.count!) ? Number(ago.count) : synonyms.numbers.findIndex((words) => words.includes(ago.count!)) + 1 || NaN;
    const days = count * (synonyms.days.includes(ago.unit!) ? 1 : synonyms.weeks.includes(ago.unit!) ? 7 : NaN);
    return days <= 3650 ? addDays(today, -days) : null;
  }
  const weekdays = namesOf(locale, 'weekday').map(([name]) => name!);
  for (const [patterns, last] of [
    [synonyms.lastWeekday, true],
    [synonyms.weekday, false],
  ] as const) {
    for (const pattern of patterns) {
      const weekday = weekdays.findIndex((day) => fill(pattern, { day }) === text);
      if (weekday < 0) continue;
      const back = (weekdayOf(today) - weekday + 7) % 7 || (last ? 7 : 0);
      return back ? addDays(today, -back) : null;
    }
  }
  // A weekday given with a date must be that date's.
  const words = text.split(' ');
  const named = words.filter((word) => weekdays.includes(word));
  const date = dayOfYear(
    words.filter((word) => !weekdays.includes(word)),
    context,
  );
  return date && named.length <= 1 && (!named[0] || weekdays.indexOf(named[0]) === weekdayOf(date)) ? date : null;
}

/**
 * How the locale writes 20 November 2026 with numbers: "11/20/2026" (en-US), "20/11/2026" (en-GB, fr, es),
 * "20.11.2026" (de), "2026-11-20" (fr-CA). Its order of day and month is how "11/12" is read.
 */
export function dateExample(locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 20)));
}

/** A date written with numbers, or as a day and a month name and perhaps a year, from its `words`. */
function dayOfYear(words: string[], { locale, today }: ParseContext): CalendarDate | null {
  const text = words.join(' ');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return dateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  // "11.12." as German writes it, or "11/12/25".
  match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?\.?$/.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const order = new Intl.DateTimeFormat(locale).formatToParts().map((part) => part.type);
    const [day, month] = [order.indexOf('day'), order.indexOf('month')];
    // A locale that writes the year first (fr-CA: 2026-11-20) has no usual order for "11/12": it is asked again.
    if (order.indexOf('year') < month) return null;
    const [m, d] = day < month ? [second, first] : [first, second];
    if (!match[3]) return latestBefore(today, m, d);
    return dateOf(match[3].length === 2 ? 2000 + Number(match[3]) : Number(match[3]), m, d);
  }
  // "november 20", "20 november 2026", "20 de noviembre de 2026", "nov 20 2026", "11th december": a month's name,
  // its short name or its first three letters or more.
  const [a = '', b = '', year, ...more] = words;
  if (more.length || (year !== undefined && !/^\d{4}$/.test(year))) return null;
  const monthOf = (word: string) => namesOf(locale, 'month').findIndex(([long, short]) => word === short || (word.length >= 3 && long!.startsWith(word)));
  // "11th", "11º", "1er", "11." (German).
  const dayOf = (word: string) => Number(/^(\d{1,2})(?:st|nd|rd|th|er|º|ª|\.)?$/.exec(word)?.[1]);
  const [month, day] = monthOf(a) >= 0 ? [monthOf(a), dayOf(b)] : [monthOf(b), dayOf(a)];
  if (month < 0 || !day) return null;
  return year === undefined ? latestBefore(today, month + 1, day) : dateOf(Number(year), month + 1, day);
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

/** The symbols of `currency` in English (Canadian English writes "US$") and in `locale`, lower case: "$", "us$". */
function symbolsOf(currency: string, locale: Locale): string[] {
  return ['en', 'en-CA', locale].flatMap((language) =>
    (['symbol', 'narrowSymbol'] as const).map((currencyDisplay) =>
      new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay })
        .formatToParts(0)
        .find((part) => part.type === 'currency')!
        // French writes "$US", Canadian French "$ US": read as one sign, spaces and all.
        .value.toLowerCase()
        .replace(/\s/gu, ''),
    ),
  );
}

/**
 * Whether a currency sign or word typed with an amount is the store's: "$" is when the store's currency is written
 * "$" (dollars, Mexican pesos), "bucks" when it is a dollar, "usd" when it is USD. Null when it is no currency.
 */
function isStoreCurrency(marker: string, { currency, locale }: Pick<ParseContext, 'currency' | 'locale'>): boolean | null {
  if (/\p{Sc}/u.test(marker)) return symbolsOf(currency, locale).includes(marker);
  const names = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
  const { currencies } = messagesFor(locale).synonyms;
  for (const [family, words] of Object.entries(currencies)) if (words.includes(marker)) return !!names.of(currency)?.toLowerCase().includes(family);
  return /^[a-z]{3}$/.test(marker) && names.of(marker.toUpperCase()) ? marker === currency.toLowerCase() : null;
}

/**
 * A typed amount in cents: a number with at most a currency sign or word before it and one after it ("$1,299.99",
 * "1.299,99 €", "USD 49.50", "200 bucks"), words such as "about" ignored; 'other-currency' when a currency is named
 * that is not `context.currency`, which is never read as it; null when it is not an amount. The page's `price`
 * attribute is read the same way, so "€49" on a dollar store is not 49 dollars.
 * @example readAmount('€49', { currency: 'USD', locale: 'en' }) // 'other-currency'
 */
export function readAmount(raw: string, context: Pick<ParseContext, 'currency' | 'locale'>): number | 'other-currency' | null {
  // A plain number, as schema.org writes a price ("129.99"), reads the same either way: without the Unicode
  // normalisation and property classes below, which a page's first use takes a slow phone some 10 ms to set up.
  if (/^\d+(?:\.\d{1,2})?$/.test(raw)) return parseAmount(raw);
  const text = without(
    raw
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // A sign with the letters of its country before it ("US$") or after it ("$US", "$ US"), as one word.
      .replace(/(?<!\p{L})\p{L}{0,2}\p{Sc}(?:\s?\p{L}{2}(?!\p{L}))?/gu, (sign) => ` ${sign.replace(/\s/gu, '')} `)
      .replace(/[^\p{L}\p{N}\p{Sc}.,-]+/gu, ' '),
    messagesFor(context.locale).synonyms.approximately,
  );
  const marker = '(\\p{L}*\\p{Sc}\\p{L}*|\\p{L}+(?: \\p{L}+)?)';
  const match = new RegExp(`^(?:${marker} ?)?(\\d[\\d., ]*?)(?: ?${marker})?$`, 'u').exec(text);
  if (!match) return null;
  const store = [match[1], match[3]].filter((m) => m !== undefined).map((m) => isStoreCurrency(m, context));
  const cents = parseAmount(match[2]!);
  return store.includes(null) || cents === null ? null : store.includes(false) ? 'other-currency' : cents;
}

const POUNDS_PER = { lb: 1, oz: 1 / 16, kg: POUNDS_PER_KILOGRAM, g: POUNDS_PER_KILOGRAM / 1000 };
type Unit = keyof typeof POUNDS_PER;

/**
 * A weight in pounds from "12 lb", "40lbs", "5 kg", "12,5 kg", "500 g", "12 oz", "1 lb 8 oz" (1.5 lb), "1 kg 500 g",
 * "about 40 pounds" or "12" (pounds).
 */
export function parseWeight(typed: string, locale: Locale): { pounds: number; display: string } | null {
  const { synonyms } = messagesFor(locale);
  const match = /^(\d+(?:[.,]\d+)?) ?(\p{L}+)?(?: (\d+(?:[.,]\d+)?) ?(\p{L}+))?$/u.exec(without(typed, synonyms.approximately));
  if (!match) return null;
  const unitOf = (word: string) => (Object.keys(POUNDS_PER) as Unit[]).find((unit) => synonyms[unit].includes(word));
  const amounts = [match[1], match[3] ?? '0'].map((amount) => Number(amount!.replace(',', '.')));
  const units = [unitOf(match[2] ?? 'lb'), match[4] ? unitOf(match[4]) : 'oz'] as const;
  // A second part only in the smaller unit of the first: "1 lb 8 oz", "1 kg 500 g".
  if (!units[0] || !units[1] || (match[3] && !(match[2] && /^(lb oz|kg g)$/.test(units.join(' '))))) return null;
  const pounds = amounts[0]! * POUNDS_PER[units[0]] + amounts[1]! * POUNDS_PER[units[1]];
  if (!(pounds > 0) || pounds > 100_000) return null;
  return {
    pounds,
    // Written out only when shown: a weight the page gives is never shown, and the first number formatter a page makes
    // costs the browser some 50 ms on a slow phone.
    get display() {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const typedAs = `${number.format(amounts[0]!)} ${units[0]}${match[3] ? ` ${number.format(amounts[1]!)} ${units[1]}` : ''}`;
      return typedAs === `${number.format(pounds)} lb` ? typedAs : `${typedAs} (${number.format(pounds)} lb)`;
    },
  };
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
      return { ok: false, reAsk: 'invalid-date', params: { example: dateExample(context.locale) } };
    }
    case 'time': {
      const time = parseTime(typed);
      return time ? { ok: true, value: time, display: time } : { ok: false, reAsk: 'invalid-time', params: {} };
    }
    case 'amount': {
      const cents = readAmount(raw, context);
      if (cents === 'other-currency') return { ok: false, reAsk: cents, params: { currency: context.currency } };
      if (cents !== null) return { ok: true, value: cents, display: formatMoney(cents, context.currency, context.locale) };
      return { ok: false, reAsk: 'not-an-amount', params: { example: formatMoney(12_999, context.currency, context.locale) } };
    }
    case 'weight': {
      // "1,500 g" is 1.5 g or 1500 g depending on where the shopper is (and "1.500 g" in Spanish): asked again.
      const ambiguous = new RegExp(`\\d[${languageOf(context.locale) === 'en' ? ',' : '.,'}]\\d{3}(?!\\d)`).test(typed);
      const weight = ambiguous ? null : parseWeight(typed, context.locale);
      return weight ? { ok: true, value: weight.pounds, display: weight.display } : { ok: false, reAsk: 'not-a-weight', params: {} };
    }
    case 'number': {
      const number = Number(typed.replace(',', '.'));
      return /^\d+(?:[.,]\d+)?$/.test(typed) && Number.isFinite(number)
        ? { ok: true, value: number, display: new Intl.NumberFormat(context.locale).format(number) }
        : { ok: false, reAsk: 'not-a-number', params: {} };
    }
  }
  return { ok: false, reAsk: 'empty', params: {} };
}
