/**
 * The example policies (`examples/policies/<store>/`): real published policies, each with its
 * source text and a table of shopper cases. Every one validates, quotes its source word for
 * word, and gives each shopper case the answer the store's text gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citedRuleIds, formatIssue, runScenarios, validatePolicy } from '../../src/policy/index.ts';
import { preparedPolicy } from '../../src/policy/prepare.ts';
import { EXAMPLE_IDS, loadPolicy, loadScenarios } from '../support/policies.ts';

const root = new URL('../../examples/policies/', import.meta.url);

/** The source text as one line: markdown quote marks, bullets, emphasis and line breaks do not count. */
function flatSource(id: string): string {
  return readFileSync(new URL(`${id}/source.md`, root), 'utf8')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:>\s*)*(?:[-*•]\s+|\d+\.\s+)?/, ''))
    .join(' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ');
}

function quotesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => quotesOf(item, out));
  else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (key === 'quote' && typeof child === 'string') out.push(child);
      else quotesOf(child, out);
    }
  }
  return out;
}

it('there are at least twelve real stores besides the two seeds', () => {
  expect(EXAMPLE_IDS.filter((id) => id !== 'imicro' && id !== 'igarden').length).toBeGreaterThanOrEqual(12);
});

describe.each(EXAMPLE_IDS)('%s', (id) => {
  const data: unknown = JSON.parse(readFileSync(new URL(`${id}/policy.json`, root), 'utf8'));

  it('is a valid format-2 policy with no warnings', () => {
    const result = validatePolicy(data);
    expect(result.ok ? result.warnings.map(formatIssue) : result.errors).toEqual([]);
  });

  it('quotes its source word for word', () => {
    const source = flatSource(id);
    const quotes = quotesOf(data).map((quote) => quote.replace(/\s+/g, ' ').trim());
    expect(quotes.filter((quote) => !source.includes(quote))).toEqual([]);
  });

  const table = loadScenarios(id);
  it('has a scenario table of at least six shopper cases', () => {
    expect(table.scenarios.length).toBeGreaterThanOrEqual(6);
  });

  const results = runScenarios(loadPolicy(id), table);
  it.each(results.map((result) => [result.name, result] as const))('%s', (_name, result) => {
    expect(result.mismatches).toEqual([]);
  });

  it('every rule is reached by some shopper case', () => {
    const cited = new Set(results.flatMap((result) => (result.decision.settled ? citedRuleIds(result.decision) : [])));
    const rules = loadPolicy(id).rules.map((rule) => rule.id);
    expect(rules.filter((rule) => !cited.has(rule))).toEqual([]);
  });
});

describe('built-in policies need no validator at run time', () => {
  it.each(EXAMPLE_IDS)('%s: the prepared policy is exactly the validated one', (id) => {
    const data: unknown = JSON.parse(readFileSync(new URL(`${id}/policy.json`, root), 'utf8'));
    const result = validatePolicy(data);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(JSON.parse(JSON.stringify(preparedPolicy(data)))).toEqual(JSON.parse(JSON.stringify(result.policy)));
  });
});
