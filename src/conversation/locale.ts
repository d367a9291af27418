/**
 * The languages the widget speaks, and which one a shopper gets. Kept apart from the catalogues and the Intl
 * formatting so the eager launcher can choose its label's language without loading them.
 */
export const LOCALE_NAMES = ['en', 'es'] as const;
export type Locale = (typeof LOCALE_NAMES)[number];

/** The first supported locale among `candidates` (`es-MX` counts as `es`), else English. */
export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    const language = candidate?.toLowerCase().split(/[-_]/)[0];
    if (language && (LOCALE_NAMES as readonly string[]).includes(language)) return language as Locale;
  }
  return 'en';
}

/** The locale of a widget element: its `lang`, then the page's, then the browser's, the first the widget speaks. */
export function localeOf(element: Element): Locale {
  return pickLocale(element.getAttribute('lang'), document.documentElement.lang, navigator.language);
}
