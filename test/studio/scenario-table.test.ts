/** The studio's scenario table is the CLI's `scenarios.json`: what it exports, `return-assistant check` runs the same way. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { evaluate, instantAt, kindOf, runScenarios } from '../../src/policy/index.ts';
import type { ScenarioTable } from '../../src/policy/index.ts';
import { expectationFrom, factsFromEntries, nameFor, readTableText, tableText } from '../../src/studio/scenario-table.ts';
import { EXAMPLE_IDS, loadPolicy, loadScenarios } from '../support/policies.ts';

/** The CLI's `check` on files, with what it prints. */
function check(policyText: string, table: string): { code: number; out: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'studio-'));
  writeFileSync(join(dir, 'policy.json'), policyText);
  writeFileSync(join(dir, 'scenarios.json'), table);
  const out: string[] = [];
  const code = run(['check', join(dir, 'policy.json'), join(dir, 'scenarios.json')], { out: (line) => out.push(line), err: (line) => out.push(line) });
  rmSync(dir, { recursive: true, force: true });
  return { code, out };
}

describe.each(EXAMPLE_IDS)('%s: the example’s table, exported', (id) => {
  const table = loadScenarios(id);
  const text = tableText(table);

  it('reads back as the same table', () => {
    const read = readTableText(text);
    expect(read.ok && read.table).toEqual(table);
  });

  it('passes in the CLI as it passes in the studio', () => {
    const policyText = readFileSync(new URL(`../../examples/policies/${id}/policy.json`, import.meta.url), 'utf8');
    const read = readTableText(text);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    const studio = runScenarios(loadPolicy(id), read.table);
    const cli = check(policyText, text);
    expect(cli.out.filter((line) => /^(ok|FAIL) /.test(line))).toEqual(studio.map((result) => `${result.ok ? 'ok  ' : 'FAIL'} ${result.name}`));
    expect(cli.code).toBe(studio.every((result) => result.ok) ? 0 : 1);
  });
});

describe('a new shopper case', () => {
  const policy = loadPolicy('igarden');
  const timeZone = 'America/New_York';
  const now = '2026-11-23T15:00';
  const entries = {
    situation: 'changed-mind',
    soldBy: 'store',
    region: 'domestic',
    deliveredAt: '2026-11-10',
    paymentMethod: 'paypal',
    pricePaidCents: '129.99',
    tagsAttached: '',
  };

  it('reads the form by kind: amounts in the currency become cents, "?" is not known, empty is not given', () => {
    const kind = (fact: string) => kindOf(policy, fact);
    expect(factsFromEntries(entries, kind).facts.pricePaidCents).toBe(12_999);
    expect(factsFromEntries({ situation: 'defective', shipped: 'true', deliveredAt: '?' }, (fact) => (fact === 'shipped' ? 'yes-no' : 'moment'))).toEqual({
      facts: { situation: 'defective', shipped: true },
      unknown: ['deliveredAt'],
    });
    expect('tagsAttached' in factsFromEntries(entries, kind).facts).toBe(false);
  });

  it('expects what the policy answers now, and passes; a corrected verdict fails, in the studio and the CLI alike', () => {
    const { facts } = factsFromEntries(entries, (fact) => kindOf(policy, fact));
    const decision = evaluate(policy, facts, instantAt(now, timeZone), { timeZone });
    const expect_ = expectationFrom(decision);
    expect(expect_.verdict ?? expect_.needs).toBeDefined();
    const wrong = { ...expect_, verdict: expect_.verdict === 'eligible' ? 'not-eligible' : 'eligible' } as const;
    const table: ScenarioTable = {
      timeZone,
      scenarios: [
        { name: nameFor(facts, []), now, facts, expect: expect_ },
        { name: nameFor(facts, [nameFor(facts, [])]), now, facts, expect: wrong },
      ],
    };
    const results = runScenarios(policy, table);
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    expect(results[1]!.mismatches.map((m) => m.field)).toContain('verdict');
    const cli = check(readFileSync(new URL('../../examples/policies/igarden/policy.json', import.meta.url), 'utf8'), tableText(table));
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`FAIL ${table.scenarios[1]!.name}`);
    expect(cli.out).toContain(`     verdict: expected ${JSON.stringify(wrong.verdict)}, got ${JSON.stringify(expect_.verdict)}`);
  });

  it('an open case expects the facts still needed', () => {
    const decision = evaluate(policy, { situation: 'changed-mind' }, instantAt(now, timeZone), { timeZone });
    expect(decision.settled).toBe(false);
    expect(expectationFrom(decision).needs!.length).toBeGreaterThan(0);
  });

  it('names rows after their facts, never twice the same', () => {
    expect(nameFor({ situation: 'defective', shipped: true }, ['defective, shipped true'])).toBe('defective, shipped true (2)');
  });
});

describe('an import that fails says why', () => {
  it.each([
    ['{ "scenarios": [', /not valid JSON at line 1/],
    ['{ "scenarios": [{ "name": "x", "now": "tomorrow", "facts": {}, "expect": {} }] }', /scenarios\[0\]\.now/],
    ['{ "timeZone": "Mars/Olympus", "scenarios": [] }', /timeZone/],
    ['{ "scenarios": [], "rows": [] }', /rows: not a field of a scenario table/],
  ])('%s', (text, reason) => {
    const read = readTableText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.join('\n')).toMatch(reason);
  });
});
