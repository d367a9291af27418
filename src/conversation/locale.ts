/**
 * The languages the widget speaks, and which one a shopper gets. Kept apart from the catalogues and the Intl
 * formatting so the eager launcher can choose its label's language without loading them.
 */
/** The languages whose catalogue ships with the widget; a page may register more (`registerLanguage`). */
export const LOCALE_NAMES = ['en', 'es', 'fr', 'de'] as const;
/**
 * A BCP 47 tag whose language the widget speaks ("en-GB", "fr-CA", "de"): the language picks the catalogue,
 * the whole tag the way dates and amounts are written and read (en-GB is day-month, en-US month-day).
 */
export type Locale = string;

/** A language a page adds, or a shipped one it changes: any part may be left out (README, "Languages"). */
export interface Language {
  /** The launcher's label. */
  label?: string;
  /** How the language is written; right to left is otherwise assumed for Arabic, Hebrew, Persian, Urdu and the like. */
  dir?: 'ltr' | 'rtl';
  /**
   * Messages in place of the catalogue's, with the shape of the English one (all or some; English fills the gaps of a
   * language the widget does not ship), or a function that loads them when a shopper first needs them.
   */
  messages?: object | (() => Promise<object>);
}

declare global {
  /** The page's languages, by language code: one registry for every copy of the widget, writable before it loads. */
  var returnAssistantLanguages: Record<string, Language> | undefined;
}

/** What the page registered for a language (`ar`), if anything. */
export function registeredLanguage(language: string): Language | undefined {
  const registry = globalThis.returnAssistantLanguages;
  return registry && Object.hasOwn(registry, language) ? registry[language] : undefined;
}

/**
 * Adds a language, or changes some words of a shipped one, for every widget on the page that has not started yet.
 * @example registerLanguage('en', { label: 'Return or exchange?', messages: { ui: { placeholder: 'Your answer' } } })
 */
export function registerLanguage(language: string, spec: Language): void {
  (globalThis.returnAssistantLanguages ??= {})[language.toLowerCase()] = spec;
}

/** "fr" for "fr-CA". */
export function languageOf(locale: Locale): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * The language of the first of `candidates` the widget speaks (shipped or registered), else English: what the eager
 * launcher needs for its label, without the cost of canonicalising tags.
 * @example languageFor('english', 'en_GB') // 'en'
 */
export function languageFor(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const language = candidate && languageOf(candidate.replace('_', '-'));
    if (language && ((LOCALE_NAMES as readonly string[]).includes(language) || registeredLanguage(language))) return language;
  }
  return 'en';
}

/**
 * The language of a widget element's launcher (and of its loading messages): that of its `lang`, else the page's,
 * else the browser's, the first the widget speaks. The panel speaks it too (`localeOf`, in the lazy part, says it more precisely).
 */
export const languageOfElement = (element: Element): string => languageFor(element.getAttribute('lang'), document.documentElement.lang, navigator.language);
