/**
 * Start: the blank template, an example policy (with its own scenario table), a policy file of the
 * merchant's own, or a schema.org JSON-LD block. The text it replaces comes back with Undo, and the
 * scenario table it replaces with a button.
 */
import { signal, useSignal } from '@preact/signals';
import type { ScenarioTable } from '../policy/index.ts';
import { replaceText } from './bridge.ts';
import { policyTextFromJsonLd } from './import-json-ld.ts';
import { readTableText } from './scenario-table.ts';
import { BLANK_POLICY, EXAMPLES, loadExample, SEEDS } from './sources.ts';
import { startWith, table as currentTable } from './state.ts';

const EMPTY_TABLE: ScenarioTable = { timeZone: 'UTC', scenarios: [] };

/** The scenario table the last start replaced, while it can be brought back. */
const replacedTable = signal<ScenarioTable | null>(null);

/** Puts a policy in the editor and checks it at once. */
function open(text: string, from: string, table: ScenarioTable): void {
  const previous = currentTable.value;
  replacedTable.value = previous.scenarios.length > 0 && previous !== table ? previous : null;
  replaceText(text);
  startWith(text, from, table);
}

function BringBackTable() {
  const replaced = replacedTable.value;
  if (!replaced) return null;
  const rows = replaced.scenarios.length;
  return (
    <button
      type="button"
      onClick={() => {
        currentTable.value = replaced;
        replacedTable.value = null;
      }}
    >
      Bring back the scenario table you had ({rows} case{rows === 1 ? '' : 's'})
    </button>
  );
}

export function StartMenu() {
  const choice = useSignal('blank');
  const message = useSignal('');
  const pasted = useSignal('');
  const importProblem = useSignal('');

  const openChoice = async (event: Event) => {
    event.preventDefault();
    if (choice.value === 'blank') {
      open(BLANK_POLICY, 'blank', EMPTY_TABLE);
      message.value = 'Opened the blank template. Undo (Ctrl+Z in the editor) brings back the text you had.';
      return;
    }
    const { policyText, tableText } = await loadExample(choice.value);
    const table = tableText ? readTableText(tableText) : null;
    open(policyText, choice.value, table?.ok ? table.table : EMPTY_TABLE);
    const rows = table?.ok ? table.table.scenarios.length : 0;
    message.value = `Opened the ${choice.value} example with its scenario table (${rows} case${rows === 1 ? '' : 's'}). Undo (Ctrl+Z in the editor) brings back the text you had.`;
  };

  const openFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    open(await file.text(), file.name, EMPTY_TABLE);
    message.value = `Opened ${file.name}. Its problems, if any, are listed under the editor.`;
  };

  const importJsonLd = (event: Event) => {
    event.preventDefault();
    const result = policyTextFromJsonLd(pasted.value);
    if (!result.ok) {
      importProblem.value = result.reason;
      return;
    }
    importProblem.value = '';
    open(result.text, 'JSON-LD', EMPTY_TABLE);
    message.value = `Imported the MerchantReturnPolicy as a policy file${result.problems.length ? ` (${result.problems.join('; ')})` : ''}. JSON-LD says less than a policy file: add the clauses of your returns page.`;
  };

  return (
    <section class="start" aria-labelledby="start-heading">
      <h2 id="start-heading">Start</h2>
      <form class="row" onSubmit={openChoice}>
        <label for="start-choice">Start from</label>
        <select id="start-choice" value={choice.value} onChange={(event) => (choice.value = (event.currentTarget as HTMLSelectElement).value)}>
          <option value="blank">Blank template</option>
          <optgroup label="Seed stores">
            {SEEDS.map((id) => (
              <option value={id}>{id}</option>
            ))}
          </optgroup>
          <optgroup label="Example policies">
            {EXAMPLES.filter((id) => !SEEDS.includes(id)).map((id) => (
              <option value={id}>{id}</option>
            ))}
          </optgroup>
        </select>
        <button type="submit">Open</button>
        <label class="file">
          Open a policy file
          <input type="file" accept=".json,application/json" onChange={openFile} />
        </label>
      </form>
      <details>
        <summary>Import schema.org JSON-LD</summary>
        <form onSubmit={importJsonLd}>
          <label for="jsonld-input">Paste a MerchantReturnPolicy JSON-LD block, or the HTML of a product page that has one</label>
          <textarea
            id="jsonld-input"
            rows={6}
            spellcheck={false}
            value={pasted.value}
            onInput={(event) => (pasted.value = (event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit">Import</button>
          {importProblem.value && (
            <p role="alert" class="problem">
              {importProblem.value}
            </p>
          )}
        </form>
      </details>
      <p role="status" class="note">
        {message.value}
      </p>
      <BringBackTable />
    </section>
  );
}
