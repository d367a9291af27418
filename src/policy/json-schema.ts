/**
 * The JSON Schema of policy format 2, generated from the one valibot schema, for editors
 * (VS Code, the studio) to check policy files as they are typed. What JSON Schema cannot
 * say (a fact a rule reads must be declared; ids are unique) the validator still checks.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { conditionSchema, policySchema } from './schema.ts';

/** The JSON Schema (2020-12) of a format-2 policy. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(policySchema, {
    errorMode: 'ignore',
    definitions: { condition: conditionSchema },
  }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...schema,
    $id: 'https://return-assistant.dev/schema/policy.schema.json',
    title: 'Return Assistant policy (format 2)',
    description: 'A store’s return policy as data: its facts, rules and the clause each rule quotes. See docs/policy-format.md.',
  };
}
