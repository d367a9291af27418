/**
 * "Is all of my policy in here?": the merchant's returns page, sentence by sentence, against the
 * quotes of the policy. The project's tests hold the seed stores to the same reading (a sentence is
 * encoded when a quote holds it; every quote is the page's own words); here typography is forgiven
 * (curly quotes, dashes, spaces), since a pasted page rarely keeps it.
 */
import type { PathKey } from './json-paths.ts';

export interface QuoteRef {
  quote: string;
  /** The id of the clause that quotes it. */
  id: string;
  /** Path of the `quote` field, to jump to it. */
  path: PathKey[];
}

/** `heading`: a short line without a full stop ("Returns", "RETURN GUIDELINES"): it binds nobody, so it needs no clause. */
export type SentenceState = 'encoded' | 'partly' | 'not-encoded' | 'heading';

export interface SentenceCoverage {
  sentence: string;
  state: SentenceState;
  /** The clauses that quote it (or part of it). */
  quotedBy: QuoteRef[];
}

export interface Coverage {
  sentences: SentenceCoverage[];
  /** Quotes with words the text does not have (a typo, an edit, another page). */
  missing: QuoteRef[];
}

/** Every `quote` of a policy (rules, terms, requirements, fees, notes, information only…), with where it stands. */
export function quotesOf(value: unknown, path: PathKey[] = [], out: QuoteRef[] = []): QuoteRef[] {
  if (Array.isArray(value)) value.forEach((item, index) => quotesOf(item, [...path, index], out));
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.quote === 'string' && record.quote.trim()) {
      out.push({ quote: record.quote, id: typeof record.id === 'string' ? record.id : '(no id)', path: [...path, 'quote'] });
    }
    for (const key of Object.keys(record)) if (key !== 'quote') quotesOf(record[key], [...path, key], out);
  }
  return out;
}

/** The text as sentences: one a line (bullets dropped), split after a stop followed by a capital. */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[•*·–-]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.:!?])\s+(?=[A-Z0-9"“(])/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Typography a pasted page loses or gains: quotes, dashes, spaces. Case is kept: "Returns" the heading is not "returns" in a clause. */
export function normalize(text: string): string {
  return text
    .replace(/[‘’‚′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quote's own words: `…a 15% restocking fee…` quotes parts of sentences; each part must be found. */
function fragmentsOf(quote: string): string[] {
  return quote
    .split(/…|\.\.\./)
    .map((part) => normalize(part).replace(/^[\s,;:]+|[\s,;.:!?]+$/g, ''))
    .filter((part) => part.length > 0);
}

/** Fragments this short ("and", "or") say nothing about which sentence they come from. */
const MEANINGFUL = 12;

function isHeading(sentence: string): boolean {
  return !/[.!?:;]$/.test(sentence) && sentence.split(' ').length <= 4;
}

/**
 * Marks each sentence of the text as encoded, partly encoded, not encoded or a heading, and lists the quotes the text does not hold.
 * @example coverageOf('Returns within 30 days. No refunds on gift cards.', [{ quote: 'Returns within 30 days.', id: 'a', path: [] }])
 */
export function coverageOf(text: string, quotes: readonly QuoteRef[]): Coverage {
  const whole = normalize(text);
  const prepared = quotes.map((ref) => ({ ref, fragments: fragmentsOf(ref.quote) }));
  const sentences = sentencesOf(text).map((sentence): SentenceCoverage => {
    if (isHeading(sentence)) return { sentence, state: 'heading', quotedBy: [] };
    const own = normalize(sentence).replace(/[.:;!?]+$/, '');
    const holding = prepared.filter(({ fragments }) => fragments.some((fragment) => fragment.includes(own)));
    if (holding.length > 0) return { sentence, state: 'encoded', quotedBy: holding.map(({ ref }) => ref) };
    const part = prepared.filter(({ fragments }) => fragments.some((fragment) => fragment.length >= MEANINGFUL && own.includes(fragment)));
    return { sentence, state: part.length > 0 ? 'partly' : 'not-encoded', quotedBy: part.map(({ ref }) => ref) };
  });
  const missing = prepared.filter(({ fragments }) => fragments.some((fragment) => !whole.includes(fragment))).map(({ ref }) => ref);
  return { sentences, missing };
}
