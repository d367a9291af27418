/**
 * Start from what a store already publishes: schema.org `MerchantReturnPolicy` JSON-LD, pasted as JSON
 * or inside a product page's HTML. Read with the policy module's `policyFromJsonLd`; an import that
 * fails says why.
 */
import { policyFromJsonLd } from '../policy/index.ts';
import { parseJson } from './json-paths.ts';

const LD_SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** The JSON-LD documents in pasted text: the text itself when it is JSON, else each ld+json script of the HTML. */
export function jsonLdDocuments(pasted: string): { documents: unknown[]; problems: string[] } {
  const text = pasted.trim();
  if (text.startsWith('{') || text.startsWith('[')) {
    const json = parseJson(text);
    return json.ok
      ? { documents: [json.value], problems: [] }
      : { documents: [], problems: [`the JSON does not parse (line ${json.error.line}, column ${json.error.column}: ${json.error.message})`] };
  }
  const documents: unknown[] = [];
  const problems: string[] = [];
  let index = 0;
  for (const match of text.matchAll(LD_SCRIPT)) {
    index += 1;
    const json = parseJson(match[1]!.trim());
    if (json.ok) documents.push(json.value);
    else problems.push(`JSON-LD block ${index} does not parse (${json.error.message}); it was skipped`);
  }
  return { documents, problems };
}

/**
 * A format-2 policy, as text for the editor, from pasted JSON-LD or HTML.
 * @example policyTextFromJsonLd('{"@type": "MerchantReturnPolicy", "merchantReturnDays": 30, …}')
 */
export function policyTextFromJsonLd(pasted: string): { ok: true; text: string; problems: string[] } | { ok: false; reason: string } {
  if (!pasted.trim()) return { ok: false, reason: 'Nothing was pasted: paste a JSON-LD block, or the HTML of a product page.' };
  const { documents, problems } = jsonLdDocuments(pasted);
  if (documents.length === 0) {
    return {
      ok: false,
      reason:
        problems.length > 0
          ? `No JSON-LD could be read: ${problems.join('; ')}.`
          : 'No JSON-LD found: the HTML has no <script type="application/ld+json"> block.',
    };
  }
  const policy = policyFromJsonLd(documents);
  if (!policy)
    return { ok: false, reason: `The JSON-LD has no schema.org MerchantReturnPolicy (read ${documents.length} block${documents.length === 1 ? '' : 's'}).` };
  return { ok: true, text: `${JSON.stringify(policy, null, 2)}\n`, problems };
}
