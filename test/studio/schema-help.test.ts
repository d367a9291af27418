/** Completion and hover come from the policy's JSON Schema, generated from the one valibot schema. */
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../../src/policy/json-schema.ts';
import schemaFile from '../../schema/policy.schema.json';
import { helpFor, keySuggestions, valueSuggestions } from '../../src/studio/schema-help.ts';
import type { JsonSchema } from '../../src/studio/schema-help.ts';

const schema = schemaFile as JsonSchema;

describe('the schema the studio ships', () => {
  it('is the one generated from the valibot schema', () => {
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(policyJsonSchema())));
  });
});

describe('completion', () => {
  it('offers the keys of a rule, required first, leaving out those already there', () => {
    const keys = keySuggestions(schema, ['rules', 0], ['id']).map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['quote', 'verdict', 'window', 'when', 'requirements', 'fees']));
    expect(keys).not.toContain('id');
    expect(keySuggestions(schema, ['rules', 0])[0]!.required).toBe(true);
  });

  it('follows a condition through its $ref and every shape it may take', () => {
    const keys = keySuggestions(schema, ['rules', 3, 'when', 'all', 0]).map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(['fact', 'is', 'in', 'within', 'all', 'any', 'not']));
  });

  it('offers the values of an enum, and the keys of a fact of the merchant’s own', () => {
    expect(valueSuggestions(schema, ['rules', 0, 'verdict'])).toEqual(['"eligible"', '"not-eligible"', '"handled-elsewhere"', '"needs-review"']);
    expect(valueSuggestions(schema, ['facts', 'tagsAttached', 'kind'])).toContain('"yes-no"');
    expect(valueSuggestions(schema, ['format'])).toEqual(['2']);
    expect(keySuggestions(schema, ['facts', 'tagsAttached']).map((s) => s.key)).toEqual(
      expect.arrayContaining(['kind', 'question', 'options', 'from', 'says']),
    );
  });
});

describe('hover', () => {
  it('says what a field is and what it accepts', () => {
    expect(helpFor(schema, ['rules', 0, 'window', 'days'])).toMatch(/^Calendar days.*a whole number, at least 1/);
    expect(helpFor(schema, ['rules', 0, 'fees', 0, 'basisPoints'])).toMatch(/15 % is 1500/);
    expect(helpFor(schema, ['rules', 0, 'windows'])).toBe('not a field of the policy format');
  });
});
