/** Locale, message lookup and Intl formatting of dates and money. */
import type { CalendarDate, LocalText } from '../policy/index.ts';
import type { Language, Locale } from './locale.ts';
import type { Messages, Plural } from './messages/en.ts';

import { languageFor } from './locale.ts';

export { LOCALE_NAMES, registerLanguage } from './locale.ts';
export type { Language, Locale } from './locale.ts';

// These two helpers are also in locale.ts, on purpose: a module that both the eager launcher and this lazy part
// import would become a third file for every page to download.
/** "fr" for "fr-CA". */
export const languageOf = (locale: Locale): string => locale.split('-')[0]!.toLowerCase();
/** What the page registered for a language (`registerLanguage`, or `window.returnAssistantLanguages` set before the widget loads). */
const registered = (language: string): Language | undefined => {
  const registry = globalThis.returnAssistantLanguages;
  return registry && Object.hasOwn(registry, language) ? registry[language] : undefined;
};

/**
 * `language` (the launcher's, `languageFor`) as the first of `candidates` in that language that says more, as a
 * canonical tag ("es_mx" is "es-MX"): a page in "en" read in a browser set to "en-GB" writes and reads dates the
 * British way. Apart from `languageFor` so that the eager launcher carries no tag canonicalising.
 */
export function preciseLocale(language: string, candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    try {
      const [tag] = Intl.getCanonicalLocales(candidate?.replace('_', '-') ?? []);
      if (tag && tag !== language && languageOf(tag) === language) return tag;
    } catch {
      // Not a language tag ("", "en-"): the next candidate.
    }
  }
  return language;
}

/**
 * A widget element's locale: `language` (its launcher's: `languageOfElement`) as precisely as the element's `lang`,
 * the page's or the browser's says it.
 */
export const localeOf = (element: Element, language: string): Locale =>
  preciseLocale(language, [element.getAttribute('lang'), document.documentElement.lang, navigator.language]);

/**
 * The first of `candidates` whose language the widget speaks (shipped or registered), as precisely as they say it.
 * @example pickLocale('english', 'en', 'en_GB') // 'en-GB'
 */
export const pickLocale = (...candidates: (string | null | undefined)[]): Locale => preciseLocale(languageFor(...candidates), candidates);

/** Catalogues are loaded one language at a time (a shopper downloads only theirs), then registered here. */
const catalogues = new Map<string, Messages>();
const SHIPPED: Record<string, () => Promise<Messages>> = {
  en: () => import('./messages/en.ts').then((module) => module.en),
  es: () => import('./messages/es.ts').then((module) => module.es),
  fr: () => import('./messages/fr.ts').then((module) => module.fr),
  de: () => import('./messages/de.ts').then((module) => module.de),
};

/** Makes `messages` the catalogue of a language ("fr") or of one locale ("fr-CA"). */
export function registerMessages(locale: Locale, messages: Messages): void {
  catalogues.set(locale, messages);
}

/** Loads and registers a language's catalogue: the shipped one (English for another), with the page's messages over it. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const language = languageOf(locale);
  const own = registered(language)?.messages;
  const shipped = await (SHIPPED[language] ?? SHIPPED.en!)();
  const messages = own ? await (await import('./messages/merge.ts')).withPageMessages(shipped, own) : shipped;
  registerMessages(language, messages);
  return messages;
}

/** The catalogue of a locale (or of its language), which must have been loaded (`loadMessages`) or registered. */
export function messagesFor(locale: Locale): Messages {
  const messages = catalogues.get(locale) ?? catalogues.get(languageOf(locale));
  if (!messages) throw new Error(`return-assistant: messages for "${locale}" are not loaded`);
  return messages;
}

/** The way a locale is written: a page may say so for a language it adds; otherwise known right-to-left scripts. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  const language = languageOf(locale);
  return registered(language)?.dir ?? (/^(ar|ckb|dv|fa|he|ps|sd|ug|ur|yi)$/.test(language) ? 'rtl' : 'ltr');
}

/**
 * The form of `forms` for `count` by the locale's plural rules, `{count}` filled in.
 * @example plural({ one: '{count} day left', other: '{count} days left' }, 3, 'en') // '3 days left'
 */
export function plural(forms: Plural, count: number, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(forms[new Intl.PluralRules(locale).select(count)] ?? forms.other, { count, ...params });
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
  return typeof text === 'string' ? text : (text[locale] ?? text[languageOf(locale)] ?? text.en);
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/**
 * One formatter for each use and locale, made once: a result card formats a dozen dates and amounts, and making a
 * formatter costs a slow phone milliseconds where using one costs almost nothing.
 */
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** "Monday, November 23, 2026" for a calendar date (read at noon UTC, so no zone can move it). */
export function formatDate(date: CalendarDate, locale: Locale): string {
  return formatter(`date ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' })).format(new Date(`${date}T12:00:00Z`));
}

/** "November 23, 2026 at 3:00 PM" for a local date and time. */
export function formatDateTime(local: string, locale: Locale): string {
  return formatter(`time ${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })).format(
    new Date(`${local}:00Z`),
  );
}

/** "$129.99" for 12999 cents. */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return formatter(`money ${locale} ${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(cents / 100);
}

/** "3.8 %" for 380 basis points. */
export function formatRate(basisPoints: number, locale: Locale): string {
  return formatter(`rate ${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })).format(basisPoints / 10_000);
}

/** A list joined the way the locale joins "a, b or c". */
export function formatOptions(options: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(options);
}
