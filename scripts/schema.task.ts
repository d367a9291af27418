/** Writes schema/policy.schema.json from the valibot schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { policyJsonSchema } from '../src/policy/json-schema.ts';

it('writes the policy JSON Schema', () => {
  writeFileSync(new URL('../schema/policy.schema.json', import.meta.url), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
});
