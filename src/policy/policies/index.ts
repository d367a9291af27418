/**
 * Built-in policies by id: the seed stores' JSON files, loaded one store and one language at a
 * time (a page downloads only its own). The test suite validates them; here they only get the
 * format's defaults. A language is listed once a policy file has texts in it: French and German
 * shoppers get the English texts until then (the policy-language plugin would make the same file).
 */
import { preparedPolicy } from '../prepare.ts';
import type { Policy } from '../schema.ts';

type Loader = () => Promise<{ default: unknown }>;
const files: Record<string, Record<string, Loader>> = {
  imicro: {
    en: () => import('../../../examples/policies/imicro/policy.json?lang=en'),
    es: () => import('../../../examples/policies/imicro/policy.json?lang=es'),
  },
  igarden: {
    en: () => import('../../../examples/policies/igarden/policy.json?lang=en'),
    es: () => import('../../../examples/policies/igarden/policy.json?lang=es'),
  },
};

/** The ids of the built-in policies. */
export const BUILT_IN_POLICY_IDS = Object.keys(files);

/**
 * Loads a built-in policy with its texts in the language of `locale` ("fr" for "fr-CA"; English where it has none,
 * and for a language only the page speaks), or null for an unknown id.
 */
export function loadBuiltInPolicy(id: string, locale: string): Promise<Policy> | null {
  const byLanguage = Object.hasOwn(files, id) ? files[id]! : null;
  if (!byLanguage) return null;
  const language = locale.split('-')[0]!.toLowerCase();
  const load = Object.hasOwn(byLanguage, language) ? byLanguage[language]! : byLanguage.en!;
  return load().then((module) => preparedPolicy(module.default));
}
