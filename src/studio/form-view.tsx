/**
 * A form for the common parts — the store, each rule's window, fees and outcome — read from the JSON text
 * and written back into it (the text stays the one source: an edit in either place shows in the other).
 */
import type { ComponentChildren } from 'preact';
import { applyEdit } from './bridge.ts';
import { valueEdit } from './form-edits.ts';
import type { PathKey } from './json-paths.ts';
import { analysis, policyText } from './state.ts';

type Json = Record<string, unknown>;
const STORE_FIELDS: [string, string][] = [
  ['name', 'Store name'],
  ['currency', 'Currency (ISO 4217)'],
  ['contact', 'Contact, in words'],
  ['email', 'Email'],
  ['website', 'Website'],
  ['phone', 'Phone'],
];
const UNITS = ['days', 'businessDays', 'hours', 'minutes'] as const;
const OUTCOMES = ['refund', 'store-credit', 'exchange', 'replacement', 'repair', 'choice'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

function set(path: PathKey[], value: unknown): void {
  const edit = valueEdit(policyText.value, path, value);
  if (edit) applyEdit(edit);
}

function Field({ id, label, children }: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="form-field">
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

function NumberField({ id, label, value, path }: { id: string; label: string; value: number; path: PathKey[] }) {
  return (
    <Field id={id} label={label}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={String(value)}
        onChange={(event) => {
          const typed = (event.currentTarget as HTMLInputElement).value.trim();
          // What is not a number goes into the text as typed, so the validator says what is wrong with it there.
          set(path, /^-?\d+(\.\d+)?$/.test(typed) ? Number(typed) : typed);
        }}
      />
    </Field>
  );
}

export function FormView() {
  const { data, syntaxError } = analysis.value;
  if (syntaxError || !isObject(data)) return <p class="note">The form reads the policy file: fix the JSON first (see Problems).</p>;
  const store = isObject(data.store) ? data.store : {};
  const rules = list(data.rules);
  return (
    <div class="form-view">
      <p class="note">Edits here are made in the policy file, where you can see and undo them; edits there show here.</p>
      <fieldset>
        <legend>Store</legend>
        {STORE_FIELDS.map(([field, label]) => {
          const value = store[field];
          return typeof value === 'string' || value === undefined ? (
            <Field id={`form-store-${field}`} label={label}>
              <input
                id={`form-store-${field}`}
                type="text"
                value={value ?? ''}
                onChange={(event) => set(['store', field], (event.currentTarget as HTMLInputElement).value)}
              />
            </Field>
          ) : (
            <p class="note">{label}: given per language; edit it in the file.</p>
          );
        })}
      </fieldset>
      {rules.map((rule, index) => {
        const id = typeof rule.id === 'string' ? rule.id : `rules[${index}]`;
        const window = isObject(rule.window) ? rule.window : null;
        const unit = window ? UNITS.find((name) => typeof window[name] === 'number') : undefined;
        const fees = list(rule.fees);
        const outcomes = list(rule.outcome);
        if (!unit && fees.length === 0 && outcomes.length === 0) return null;
        return (
          <fieldset key={id}>
            <legend>
              Rule <code>{id}</code>
              {typeof rule.verdict === 'string' ? ` (${rule.verdict})` : ''}
            </legend>
            {unit && (
              <NumberField id={`form-rule-${index}-window`} label={`Window, ${unit}`} value={window![unit] as number} path={['rules', index, 'window', unit]} />
            )}
            {fees.map((fee, i) =>
              typeof fee.basisPoints === 'number' ? (
                <NumberField
                  id={`form-rule-${index}-fee-${i}`}
                  label={`Fee ${String(fee.id ?? i)}, basis points (1500 is 15 %)`}
                  value={fee.basisPoints}
                  path={['rules', index, 'fees', i, 'basisPoints']}
                />
              ) : typeof fee.amountCents === 'number' ? (
                <NumberField
                  id={`form-rule-${index}-fee-${i}`}
                  label={`Fee ${String(fee.id ?? i)}, cents`}
                  value={fee.amountCents}
                  path={['rules', index, 'fees', i, 'amountCents']}
                />
              ) : null,
            )}
            {outcomes.map((outcome, i) => (
              <Field id={`form-rule-${index}-outcome-${i}`} label={`Outcome ${String(outcome.id ?? i)}`}>
                <select
                  id={`form-rule-${index}-outcome-${i}`}
                  value={String(outcome.outcome ?? '')}
                  onChange={(event) => set(['rules', index, 'outcome', i, 'outcome'], (event.currentTarget as HTMLSelectElement).value)}
                >
                  {!OUTCOMES.includes(String(outcome.outcome)) && <option value={String(outcome.outcome ?? '')}>{String(outcome.outcome ?? '(none)')}</option>}
                  {OUTCOMES.map((kind) => (
                    <option value={kind}>{kind}</option>
                  ))}
                </select>
              </Field>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
