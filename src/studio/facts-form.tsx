/** A shopper's case, typed fact by fact: one field for each fact the policy declares, by its kind. */
import type { Signal } from '@preact/signals';
import { kindOf, SITUATIONS } from '../policy/index.ts';
import type { LocalText, Policy } from '../policy/index.ts';
import { DONT_KNOW } from './scenario-table.ts';
import type { FactEntries } from './scenario-table.ts';

function text(value: LocalText | { label: LocalText } | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string') return value;
  if ('label' in value) return text(value.label as LocalText, fallback);
  return (value as { en: string }).en;
}

const HINTS: Record<string, string> = {
  date: 'YYYY-MM-DD',
  moment: 'YYYY-MM-DD or YYYY-MM-DDTHH:mm',
  amount: 'in the store’s currency, e.g. 129.99',
  weight: 'pounds',
  number: 'a number',
};

export function FactsForm({ policy, entries }: { policy: Policy; entries: Signal<FactEntries> }) {
  const set = (fact: string, value: string) => (entries.value = { ...entries.value, [fact]: value });
  const facts = ['situation', ...Object.keys(policy.facts).filter((fact) => fact !== 'situation')];
  return (
    <fieldset class="facts-form">
      <legend>Facts (leave a fact empty when the shopper has not said it)</legend>
      {facts.map((fact) => {
        const kind = fact === 'situation' ? 'choice' : (kindOf(policy, fact) ?? 'choice');
        const id = `fact-${fact}`;
        const value = entries.value[fact] ?? '';
        const onChange = (event: Event) => set(fact, (event.currentTarget as HTMLInputElement | HTMLSelectElement).value);
        const options =
          fact === 'situation'
            ? SITUATIONS.map((situation) => [situation, situation] as const)
            : kind === 'yes-no'
              ? ([
                  ['true', 'yes'],
                  ['false', 'no'],
                ] as const)
              : Object.entries(policy.facts[fact]?.options ?? {}).map(
                  ([option, label]) => [option, `${option} (${text(label as LocalText, option)})`] as const,
                );
        return (
          <div class="fact" key={fact}>
            <label for={id}>
              {fact} <span class="kind">{kind}</span>
            </label>
            {kind === 'choice' || kind === 'yes-no' ? (
              <select id={id} value={value} onChange={onChange}>
                <option value="">not given</option>
                {options.map(([option, label]) => (
                  <option value={option}>{label}</option>
                ))}
                {fact !== 'situation' && <option value={DONT_KNOW}>I don’t know</option>}
              </select>
            ) : (
              <input id={id} type="text" value={value} placeholder={HINTS[kind] ?? ''} onInput={onChange} spellcheck={false} />
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
