/**
 * Built-in policies by id: the seed stores' JSON files, loaded one at a time (a page
 * downloads only its own) and checked by the same validator as a merchant's own file.
 */
import type { Policy } from '../schema.ts';

async function checked(data: Promise<{ default: unknown }>): Promise<Policy> {
  const [{ default: json }, { validatePolicy }] = await Promise.all([data, import('../validate.ts')]);
  const result = validatePolicy(json);
  if (!result.ok) throw new Error(`return-assistant: built-in policy is invalid: ${result.errors.join('; ')}`);
  return result.policy;
}

export const builtInPolicies: Readonly<Record<string, () => Promise<Policy>>> = {
  imicro: () => checked(import('../../../examples/policies/imicro/policy.json')),
  igarden: () => checked(import('../../../examples/policies/igarden/policy.json')),
};
