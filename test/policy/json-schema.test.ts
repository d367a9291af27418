import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { policyJsonSchema } from '../../src/policy/json-schema.ts';

const file = new URL('../../schema/policy.schema.json', import.meta.url);

it('the shipped JSON Schema is the one generated from the valibot schema (run `npm run schema` after changing the format)', () => {
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(policyJsonSchema());
});

it('the JSON Schema names every rule field and refers to conditions by definition', () => {
  const schema = policyJsonSchema() as { properties: Record<string, any>; $defs: Record<string, unknown> };
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'id', 'store', 'situations', 'facts', 'rules']));
  const rule = schema.properties.rules.items;
  expect(Object.keys(rule.properties)).toEqual(expect.arrayContaining(['id', 'quote', 'when', 'verdict', 'window', 'fees', 'outcome', 'requirements']));
  expect(rule.properties.when).toEqual({ $ref: '#/$defs/condition' });
  expect(schema.$defs.condition).toBeDefined();
});
