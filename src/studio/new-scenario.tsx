/**
 * A new shopper case: the facts and the moment, what the policy answers now, and what the store's support
 * team would answer (the policy's answer unless the merchant corrects it). Added rows keep the CLI's format.
 */
import { useComputed, useSignal } from '@preact/signals';
import { kindOf, localDateAt, runScenarios } from '../policy/index.ts';
import type { Decision, Expectation, Policy, Scenario, Verdict } from '../policy/index.ts';
import type { QuoteRef } from './coverage.ts';
import { DecisionView } from './decision-view.tsx';
import { FactsForm } from './facts-form.tsx';
import { expectationFrom, factsFromEntries, nameFor, readTableText } from './scenario-table.ts';
import type { FactEntries } from './scenario-table.ts';
import { lastValid, table } from './state.ts';

const VERDICTS: Verdict[] = ['eligible', 'not-eligible', 'handled-elsewhere', 'needs-review'];

export function NewScenario({ policy, quotes }: { policy: Policy; quotes: readonly QuoteRef[] }) {
  const entries = useSignal<FactEntries>({ situation: 'changed-mind' });
  const now = useSignal(`${localDateAt(Date.now(), table.value.timeZone)}T12:00`);
  const name = useSignal('');
  const verdict = useSignal('');
  const lastDay = useSignal('');
  const total = useSignal('');
  const note = useSignal('');

  const row = (current: Policy): Omit<Scenario, 'expect' | 'name'> => ({ now: now.value, ...factsFromEntries(entries.value, (fact) => kindOf(current, fact)) });
  // Read from the signal, not the prop: the trial runs again when the policy changes, not only the facts.
  const trial = useComputed((): { problem: string } | { decision: Decision } => {
    const latest = lastValid.value!.policy;
    const scenario = { name: 'new case', ...row(latest), expect: {} };
    const read = readTableText(JSON.stringify({ timeZone: table.value.timeZone, scenarios: [scenario] }));
    if (!read.ok) return { problem: read.errors.join('; ') };
    return { decision: runScenarios(latest, read.table)[0]!.decision };
  });

  const add = (event: Event) => {
    event.preventDefault();
    const tried = trial.value;
    if (!('decision' in tried)) return;
    const expect: Expectation = expectationFrom(tried.decision);
    if (verdict.value && verdict.value !== expect.verdict) {
      // Another verdict than the policy's: the rule, deadline and refund it gave belong to that other answer.
      for (const field of ['needs', 'rule', 'lastDay', 'totalCents', 'outcome'] as const) delete expect[field];
      expect.verdict = verdict.value as Verdict;
    }
    if (lastDay.value.trim()) expect.lastDay = lastDay.value.trim();
    if (total.value.trim()) expect.totalCents = Math.round(Number(total.value) * 100);
    const base = row(policy);
    const scenario: Scenario = {
      name:
        name.value.trim() ||
        nameFor(
          base.facts,
          table.value.scenarios.map((s) => s.name),
        ),
      ...base,
      ...(note.value.trim() ? { note: note.value.trim() } : {}),
      expect,
    };
    table.value = { ...table.value, scenarios: [...table.value.scenarios, scenario] };
    name.value = verdict.value = lastDay.value = total.value = note.value = '';
  };

  const tried = trial.value;
  return (
    <form class="new-scenario" onSubmit={add}>
      <h3>Add a shopper case</h3>
      <div class="row">
        <label for="scenario-name">Name</label>
        <input
          id="scenario-name"
          type="text"
          value={name.value}
          onInput={(event) => (name.value = (event.currentTarget as HTMLInputElement).value)}
          placeholder="e.g. worn once, day 12"
        />
        <label for="scenario-now">Now (the shopper’s local time)</label>
        <input id="scenario-now" type="datetime-local" value={now.value} onInput={(event) => (now.value = (event.currentTarget as HTMLInputElement).value)} />
      </div>
      <FactsForm policy={policy} entries={entries} />
      <h4>What the policy answers now</h4>
      {'problem' in tried ? <p class="problem">{tried.problem}</p> : <DecisionView decision={tried.decision} quotes={quotes} />}
      <fieldset>
        <legend>What your support team would answer (leave a field empty to expect what the policy answers now)</legend>
        <div class="row">
          <label for="expect-verdict">Verdict</label>
          <select id="expect-verdict" value={verdict.value} onChange={(event) => (verdict.value = (event.currentTarget as HTMLSelectElement).value)}>
            <option value="">as the policy answers</option>
            {VERDICTS.map((value) => (
              <option value={value}>{value}</option>
            ))}
          </select>
          <label for="expect-last-day">Last day</label>
          <input
            id="expect-last-day"
            type="text"
            placeholder="YYYY-MM-DD"
            value={lastDay.value}
            onInput={(event) => (lastDay.value = (event.currentTarget as HTMLInputElement).value)}
          />
          <label for="expect-total">Refund total</label>
          <input
            id="expect-total"
            type="text"
            placeholder="e.g. 129.99"
            value={total.value}
            onInput={(event) => (total.value = (event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <label for="expect-note">Note (the clause the answer relies on)</label>
        <input id="expect-note" type="text" value={note.value} onInput={(event) => (note.value = (event.currentTarget as HTMLInputElement).value)} />
      </fieldset>
      <button type="submit" disabled={'problem' in tried}>
        Add to the table
      </button>
    </form>
  );
}
