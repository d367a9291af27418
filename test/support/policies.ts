/** The example policies as the widget reads them: each JSON file through the one validator. */
import { readdirSync, readFileSync } from 'node:fs';
import { validatePolicy } from '../../src/policy/index.ts';
import type { Facts, Policy, ScenarioTable } from '../../src/policy/index.ts';
import { readScenarioTable } from '../../src/policy/index.ts';

const root = new URL('../../examples/policies/', import.meta.url);

export function loadPolicy(id: string): Policy {
  const result = validatePolicy(JSON.parse(readFileSync(new URL(`${id}/policy.json`, root), 'utf8')));
  if (!result.ok) throw new Error(`${id}: ${result.errors.join('\n')}`);
  return result.policy;
}

export function loadScenarios(id: string): ScenarioTable {
  const result = readScenarioTable(JSON.parse(readFileSync(new URL(`${id}/scenarios.json`, root), 'utf8')));
  if (!result.ok) throw new Error(`${id}: ${result.errors.join('\n')}`);
  return result.table;
}

/** Every folder of examples/policies that holds a policy. */
export const EXAMPLE_IDS: string[] = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((id) => {
    try {
      readFileSync(new URL(`${id}/policy.json`, root));
      return true;
    } catch {
      return false;
    }
  })
  .sort();

export const imicro = loadPolicy('imicro');
export const igarden = loadPolicy('igarden');

/** An iMicro change of mind with everything kept, as a shopper answers it: the facts before its date, price and weight. */
export const IMICRO_KEPT: Facts = {
  situation: 'changed-mind',
  soldBy: 'store',
  category: 'standard',
  isBundle: false,
  packagingComplete: true,
  labelsIntact: true,
};

/**
 * An iMicro return walked to its result by the replies a shopper taps (the price is never asked: no iMicro fee is a
 * share of it), and the facts it gives.
 */
export const IMICRO_RETURN: { answers: string[]; facts: Facts } = {
  answers: ['I changed my mind', 'Sold and shipped by iMicro', 'A physical product', '2026-11-10', 'Yes, everything is complete', 'No', '4 lb'],
  facts: { ...IMICRO_KEPT, invoiceDate: '2026-11-10', weightPounds: 4 },
};
