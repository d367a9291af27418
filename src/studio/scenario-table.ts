/**
 * The studio's scenario table is the CLI's: rows are read and written in exactly the `scenarios.json`
 * format `return-assistant check` runs, and run with the same `runScenarios`.
 */
import { readScenarioTable } from '../policy/index.ts';
import type { Decision, Expectation, Scenario, ScenarioTable } from '../policy/index.ts';
import { parseJson } from './json-paths.ts';

/** The table as `scenarios.json`: what the CLI's `check` reads. */
export function tableText(table: ScenarioTable): string {
  return `${JSON.stringify({ timeZone: table.timeZone, scenarios: table.scenarios }, null, 2)}\n`;
}

/** Reads an imported `scenarios.json`, or says why it cannot. */
export function readTableText(text: string): { ok: true; table: ScenarioTable } | { ok: false; errors: string[] } {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, errors: [`not valid JSON at line ${json.error.line}, column ${json.error.column}: ${json.error.message}`] };
  return readScenarioTable(json.value);
}

/**
 * What the policy answers now, written as an expectation: the starting point of a new row,
 * which the merchant then corrects to what their support team would say.
 * @example expectationFrom(evaluate(policy, facts, now)) // { verdict: 'eligible', rule: 'acme.window', lastDay: '2026-11-30' }
 */
export function expectationFrom(decision: Decision): Expectation {
  if (!decision.settled) return { needs: decision.needed.map((needed) => (needed.precision === 'time' ? `${needed.fact}.time` : needed.fact)) };
  const expect: Expectation = { verdict: decision.verdict, rule: decision.ruleId };
  const deadline = decision.deadline;
  if (deadline && deadline.kind !== 'event') expect.lastDay = deadline.lastDay;
  if (decision.refund?.totalCents != null) expect.totalCents = decision.refund.totalCents;
  if (decision.outcome) expect.outcome = decision.outcome.kind;
  return expect;
}

/** Values typed in the studio's facts form, by fact: `''` is not given, `'?'` is "I don't know". */
export type FactEntries = Record<string, string>;
export const DONT_KNOW = '?';

/**
 * Facts for a scenario from the form: yes-no as booleans, numbers as numbers, amounts typed in the currency
 * (`129.99`) as whole cents; everything else as typed (dates, choices). Unusable text is kept as typed, so the
 * scenario says what is wrong with it rather than losing it.
 */
export function factsFromEntries(entries: FactEntries, kindOf: (fact: string) => string | undefined): Pick<Scenario, 'facts' | 'unknown'> {
  const facts: Scenario['facts'] = {};
  const unknown: string[] = [];
  for (const [fact, raw] of Object.entries(entries)) {
    const value = raw.trim();
    if (value === '') continue;
    if (value === DONT_KNOW) {
      unknown.push(fact);
      continue;
    }
    const kind = fact === 'situation' ? 'choice' : kindOf(fact);
    if (kind === 'yes-no' && (value === 'true' || value === 'false')) facts[fact] = value === 'true';
    else if ((kind === 'number' || kind === 'weight') && Number.isFinite(Number(value))) facts[fact] = Number(value);
    else if (kind === 'amount' && /^\d+(?:\.\d{1,2})?$/.test(value)) facts[fact] = Math.round(Number(value) * 100);
    else facts[fact] = value;
  }
  return unknown.length > 0 ? { facts, unknown } : { facts };
}

/** A short name for a new row, from its facts. */
export function nameFor(facts: Scenario['facts'], taken: readonly string[]): string {
  const base =
    Object.entries(facts)
      .map(([fact, value]) => (fact === 'situation' ? String(value) : `${fact} ${String(value)}`))
      .join(', ')
      .slice(0, 80) || 'a shopper case';
  let name = base;
  for (let n = 2; taken.includes(name); n += 1) name = `${base} (${n})`;
  return name;
}
