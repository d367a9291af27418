/**
 * A built-in policy in one language: `…/policy.json?lang=es` is the policy file with each text a
 * shopper reads in Spanish only (English where it has no Spanish), only the Spanish translations of
 * its quotes (`quoteTranslations`), and without the clauses that bind nobody (`informationOnly`).
 * A shopper downloads only their own language of their store's policy.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const QUERY = /\?lang=([a-z]{2}(?:-[A-Z]{2})?)$/;

/** Text by language (`{ "en": …, "es": … }`) becomes one string; everything else is kept. */
function inLanguage(value: unknown, lang: string): unknown {
  if (Array.isArray(value)) return value.map((item) => inLanguage(item, lang));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.includes('en') && keys.every((key) => typeof record[key] === 'string')) return record[lang] ?? record.en;
  return Object.fromEntries(
    keys
      .filter((key) => key !== 'informationOnly' && key !== '$schema')
      .map((key) => [key, key === 'quoteTranslations' ? quotesIn(record[key] as Translations, lang) : inLanguage(record[key], lang)]),
  );
}

type Translations = Record<string, Record<string, string>>;

/**
 * Only the quotes translated into the language (and its regional variants), in the same shape: a quote has no
 * English fallback, since its original is the merchant's published words.
 */
function quotesIn(translations: Translations, lang: string): Translations {
  const wanted = (tag: string) => tag === lang || tag.startsWith(`${lang}-`);
  return Object.fromEntries(
    Object.entries(translations)
      .map(([quote, texts]) => [quote, Object.fromEntries(Object.entries(texts).filter(([tag]) => wanted(tag)))] as const)
      .filter(([, texts]) => Object.keys(texts).length > 0),
  );
}

export function policyLanguage(): Plugin {
  return {
    name: 'return-assistant:policy-language',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!QUERY.test(source) || !source.includes('policy.json')) return null;
      return new URL(source, `file://${importer ?? process.cwd()}`).pathname + source.slice(source.indexOf('?'));
    },
    load(id) {
      const match = QUERY.exec(id);
      if (!match || !id.includes('policy.json')) return null;
      const data: unknown = JSON.parse(readFileSync(id.slice(0, id.indexOf('?')), 'utf8'));
      // JSON.parse of a string literal: smaller and faster to start than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(inLanguage(data, match[1]!)))});`;
    },
  };
}

/** `chunks/imicro-es-<hash>.js` for a policy in one language; the build's usual name for the rest. */
export function chunkName(chunk: { facadeModuleId: string | null; name: string }): string {
  const id = chunk.facadeModuleId ?? '';
  const policy = /policies\/([^/]+)\/policy\.json\?lang=([a-zA-Z-]+)$/.exec(id);
  return policy ? `chunks/${policy[1]}-${policy[2]}-[hash].js` : 'chunks/[name]-[hash].js';
}
