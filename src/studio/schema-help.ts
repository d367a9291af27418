/**
 * What the policy's JSON Schema (generated from the one valibot schema) says about a place in the file:
 * the keys an object may have, the values a field takes, and a line of help for each field, for the
 * editor's completion and hover. Pure: the schema and a path in, plain data out.
 */
import type { PathKey } from './json-paths.ts';
import { FIELD_HELP } from './field-help.ts';

export type JsonSchema = Record<string, unknown>;

/** A schema with its `$ref` followed and its `anyOf` spread: every shape the value may take. */
function shapes(root: JsonSchema, schema: unknown, depth = 0): JsonSchema[] {
  if (typeof schema !== 'object' || schema === null || depth > 8) return [];
  const node = schema as JsonSchema;
  if (typeof node.$ref === 'string') {
    const name = /^#\/\$defs\/(.+)$/.exec(node.$ref)?.[1];
    return name ? shapes(root, (root.$defs as Record<string, unknown> | undefined)?.[name], depth + 1) : [];
  }
  if (Array.isArray(node.anyOf)) return node.anyOf.flatMap((branch) => shapes(root, branch, depth + 1));
  return [node];
}

/** The shapes of the value at a path. */
export function schemasAt(root: JsonSchema, path: readonly PathKey[]): JsonSchema[] {
  let current = shapes(root, root);
  for (const key of path) {
    current = current.flatMap((schema) => {
      if (typeof key === 'number') return schema.type === 'array' ? shapes(root, schema.items) : [];
      const properties = schema.properties as Record<string, unknown> | undefined;
      if (properties && Object.hasOwn(properties, key)) return shapes(root, properties[key]);
      return typeof schema.additionalProperties === 'object' ? shapes(root, schema.additionalProperties) : [];
    });
  }
  return current;
}

export interface KeySuggestion {
  key: string;
  required: boolean;
  help: string;
}

/** Keys an object at `path` may have (required first), leaving out those it has. */
export function keySuggestions(root: JsonSchema, path: readonly PathKey[], present: readonly string[] = []): KeySuggestion[] {
  const out = new Map<string, KeySuggestion>();
  for (const schema of schemasAt(root, path)) {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const key of Object.keys(properties)) {
      if (present.includes(key) || key === '$schema') continue;
      const known = out.get(key);
      out.set(key, { key, required: (known?.required ?? false) || required.includes(key), help: helpFor(root, [...path, key]) });
    }
  }
  return [...out.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** Values a field at `path` takes, as JSON text: its enum, const and booleans. */
export function valueSuggestions(root: JsonSchema, path: readonly PathKey[]): string[] {
  const values = new Set<string>();
  for (const schema of schemasAt(root, path)) {
    for (const value of Array.isArray(schema.enum) ? schema.enum : []) values.add(JSON.stringify(value));
    if (schema.const !== undefined) values.add(JSON.stringify(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((value) => values.add(value));
  }
  return [...values];
}

/** What one shape accepts, in words: `a whole number, at least 1`; `one of "eligible", "not-eligible"`. */
function accepts(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  if (schema.const !== undefined) return `always ${JSON.stringify(schema.const)}`;
  switch (schema.type) {
    case 'integer':
      return `a whole number${typeof schema.minimum === 'number' ? `, at least ${schema.minimum}` : ''}${typeof schema.maximum === 'number' ? `, at most ${schema.maximum}` : ''}`;
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'string':
      return typeof schema.pattern === 'string' ? `text matching ${schema.pattern}` : 'text';
    case 'array':
      return 'a list';
    case 'object':
      return schema.properties && Object.keys(schema.properties).length > 0
        ? `an object (${Object.keys(schema.properties as object).join(', ')})`
        : 'an object';
    default:
      return 'any value';
  }
}

/** A line of help for the field at `path`: what it is (from the format's docs) and what it accepts (from the schema). */
export function helpFor(root: JsonSchema, path: readonly PathKey[]): string {
  const key = [...path].reverse().find((part): part is string => typeof part === 'string');
  const what = key ? FIELD_HELP[key] : undefined;
  const kinds = [...new Set(schemasAt(root, path).map(accepts))];
  const shape = kinds.length === 0 ? 'not a field of the policy format' : `Accepts ${kinds.join(', or ')}.`;
  return what ? `${what} ${shape}` : shape;
}
