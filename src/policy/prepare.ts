/**
 * A policy ready for the evaluator without the validator: own properties only, and the format's
 * defaults filled in. Built-in policies are checked by the test suite and need no valibot at run
 * time, so a shopper downloads no validator for them; a test proves this gives exactly what
 * `validatePolicy` gives for every example policy.
 */
import type { Policy } from './schema.ts';

/**
 * A copy of JSON-like data made of own properties only, in objects with no prototype: what a page added to
 * Object.prototype or Array.prototype cannot become part of the policy.
 */
export function ownCopy(value: unknown, depth = 0): unknown {
  if (depth > 64 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) items.push(ownCopy(value[index], depth + 1));
    return items;
  }
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownCopy((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

// biome-ignore lint/suspicious/noExplicitAny: the defaults are written into a policy the schema has already checked, at paths the schema names
type Loose = Record<string, any>;
const orDefault = (object: Loose, key: string, value: unknown) => {
  if (object[key] === undefined) object[key] = value;
};

/** The defaults the schema gives, filled into a copy of a policy already known to be valid. */
export function preparedPolicy(data: unknown): Policy {
  const policy = ownCopy(data) as Loose;
  for (const [key, value] of [
    ['groups', {}],
    ['terms', {}],
    ['notes', []],
    ['informationOnly', []],
  ] as const)
    orDefault(policy, key, Array.isArray(value) ? [] : Object.create(null));
  for (const spec of Object.values(policy.facts as Loose)) orDefault(spec, 'from', 'ask');
  const terms = (entries: Loose) => {
    for (const requirement of entries.requirements ?? []) orDefault(requirement, 'ask', true);
    for (const entry of entries.timeline ?? []) orDefault(entry, 'businessDays', false);
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const record = value as Loose;
        if (record.within) orDefault(record.within, 'firstDay', 'next-day');
        for (const key of Object.keys(record)) collect(record[key]);
      }
    };
    collect(entries);
  };
  for (const rule of policy.rules as Loose[]) {
    orDefault(rule, 'ifClosed', 'not-eligible');
    if (rule.window) {
      orDefault(rule.window, 'firstDay', 'next-day');
      orDefault(rule.window, 'extensions', []);
    }
    terms(rule);
  }
  for (const entries of Object.values(policy.terms as Loose)) terms(entries);
  terms({ notes: policy.notes });
  return policy as Policy;
}
