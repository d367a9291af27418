/**
 * The scenario table: shopper cases with the answer the store's support team would give, run against
 * the policy as it is edited; a new case starts from what the policy answers now, and the merchant
 * corrects it. Imported and exported as the `scenarios.json` the CLI's `check` runs.
 */
import { useComputed, useSignal } from '@preact/signals';
import { runScenarios } from '../policy/index.ts';
import { quotesOf } from './coverage.ts';
import { DecisionView } from './decision-view.tsx';
import { download } from './download.ts';
import { NewScenario } from './new-scenario.tsx';
import { readTableText, tableText } from './scenario-table.ts';
import { lastValid, table } from './state.ts';

function mismatchText(field: string, expected: unknown, got: unknown): string {
  return `${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
}

export function Scenarios() {
  const current = lastValid.value;
  const importProblem = useSignal('');
  const results = useComputed(() => (lastValid.value ? runScenarios(lastValid.value.policy, table.value) : []));
  if (!current) return <p class="note">The scenario table runs once the policy is valid.</p>;
  const quotes = quotesOf(current.data);
  const failed = results.value.filter((result) => !result.ok).length;

  const importFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const read = readTableText(await file.text());
    if (!read.ok) {
      importProblem.value = `${file.name} was not imported: ${read.errors.join('; ')}`;
      return;
    }
    importProblem.value = '';
    table.value = read.table;
  };

  return (
    <div class="scenarios">
      <div class="row">
        <button type="button" onClick={() => download('scenarios.json', tableText(table.value))}>
          Export scenarios.json
        </button>
        <label class="file">
          Import scenarios.json
          <input type="file" accept=".json,application/json" onChange={importFile} />
        </label>
        <TimeZone />
      </div>
      {importProblem.value && (
        <p role="alert" class="problem">
          {importProblem.value}
        </p>
      )}
      <p role="status" class={failed ? 'summary bad' : 'summary good'}>
        {results.value.length - failed} passed, {failed} failed
      </p>
      {results.value.length > 0 && (
        <table class="scenario-table">
          <caption>Shopper cases, run against the policy as it stands</caption>
          <thead>
            <tr>
              <th scope="col">Result</th>
              <th scope="col">Case</th>
              <th scope="col">What differs, or the answer</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {results.value.map((result, index) => {
              const row = table.value.scenarios[index]!;
              return (
                <tr key={`${index}:${row.name}`} class={result.ok ? 'ok' : 'fail'}>
                  <td>{result.ok ? 'ok' : 'FAIL'}</td>
                  <td>
                    {row.name}
                    <br />
                    <small>
                      {row.now} · {JSON.stringify(row.facts)}
                      {row.unknown?.length ? ` · not known: ${row.unknown.join(', ')}` : ''}
                    </small>
                  </td>
                  <td>
                    {result.mismatches.length > 0 && (
                      <ul>
                        {result.mismatches.map((mismatch) => (
                          <li>{mismatchText(mismatch.field, mismatch.expected, mismatch.got)}</li>
                        ))}
                      </ul>
                    )}
                    <details>
                      <summary>The policy’s answer</summary>
                      <DecisionView decision={result.decision} quotes={quotes} />
                    </details>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove ${row.name}`}
                      onClick={() => (table.value = { ...table.value, scenarios: table.value.scenarios.filter((_, i) => i !== index) })}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <NewScenario policy={current.policy} quotes={quotes} />
    </div>
  );
}

function TimeZone() {
  const problem = useSignal('');
  return (
    <span class="time-zone">
      <label for="time-zone">Time zone of “now”</label>
      <input
        id="time-zone"
        type="text"
        value={table.value.timeZone}
        spellcheck={false}
        onChange={(event) => {
          const timeZone = (event.currentTarget as HTMLInputElement).value.trim();
          const read = readTableText(JSON.stringify({ timeZone, scenarios: [] }));
          problem.value = read.ok ? '' : `“${timeZone}” is not a time zone (e.g. America/New_York)`;
          if (read.ok) table.value = { ...table.value, timeZone };
        }}
      />
      {problem.value && (
        <span role="alert" class="problem">
          {problem.value}
        </span>
      )}
    </span>
  );
}
