/** The example policies as the widget reads them: each JSON file through the one validator. */
import { readdirSync, readFileSync } from 'node:fs';
import { validatePolicy } from '../../src/policy/index.ts';
import type { Policy, ScenarioTable } from '../../src/policy/index.ts';
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
