/** Locale, message lookup and Intl formatting of dates and money. */
import type { CalendarDate, LocalText } from '../policy/index.ts';
import type { Locale } from './locale.ts';
import type { Messages } from './messages/en.ts';

export { LOCALE_NAMES, pickLocale } from './locale.ts';
export type { Locale } from './locale.ts';

/** Catalogues are loaded one locale at a time (a shopper downloads only their language), then registered here. */
const catalogues: Partial<Record<Locale, Messages>> = {};

export function registerMessages(locale: Locale, messages: Messages): void {
  catalogues[locale] = messages;
}

/** Loads and registers a locale's catalogue. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const messages = locale === 'es' ? (await import('./messages/es.ts')).es : (await import('./messages/en.ts')).en;
  registerMessages(locale, messages);
  return messages;
}

/** The catalogue of a locale, which must have been loaded (`loadMessages`) or registered. */
export function messagesFor(locale: Locale): Messages {
  const messages = catalogues[locale];
  if (!messages) throw new Error(`return-assistant: messages for "${locale}" are not loaded`);
  return messages;
}

/**
 * Fills `{name}` placeholders; unknown names are left as they are.
 * @example fill('Hi {store}', { store: 'iMicro' }) // 'Hi iMicro'
 */
export function fill(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A policy's text in the locale, or in English when it has none. */
export function textIn(text: LocalText, locale: Locale): string {
  return typeof text === 'string' ? text : (text[locale] ?? text.en);
}

/** "Monday, November 23, 2026" for a calendar date (read at noon UTC, so no zone can move it). */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "November 23, 2026 at 3:00 PM" for a local date and time. */
export function formatDateTime(local: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(`${local}:00Z`));
}

/** "$129.99" for 12999 cents. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** "3.8 %" for 380 basis points. */
export function formatRate(basisPoints: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A list joined the way the locale joins "a, b or c". */
export function formatOptions(options: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(options);
}
