/**
 * The command line: `return-assistant validate <policy.json>` and
 * `return-assistant check <policy.json> <scenarios.json>`. Exit 0 when all is well,
 * 1 when the policy or a scenario fails, 2 when the command itself is wrong.
 */
import { readFileSync } from 'node:fs';
import { formatIssue, readScenarioTable, runScenarios, validatePolicy } from '../policy/index.ts';

const USAGE = `Usage:
  return-assistant validate <policy.json>
  return-assistant check <policy.json> <scenarios.json>`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

function readJson(path: string, io: Io): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    io.err(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    io.err(`${path}: not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

/** Runs one command; returns the exit code. */
export function run(args: readonly string[], io: Io): number {
  const [command, policyPath, scenariosPath] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if ((command !== 'validate' && command !== 'check') || !policyPath || (command === 'check' && !scenariosPath)) {
    io.err(USAGE);
    return 2;
  }
  const data = readJson(policyPath, io);
  if (data === undefined) return 1;
  const validation = validatePolicy(data);
  for (const issue of validation.issues) io.err(`${policyPath}: ${issue.severity}: ${formatIssue(issue)}`);
  if (!validation.ok) {
    io.err(`${policyPath}: invalid (${validation.errors.length} error${validation.errors.length === 1 ? '' : 's'})`);
    return 1;
  }
  if (command === 'validate') {
    io.out(
      `${policyPath}: valid policy "${validation.policy.id}" (${validation.policy.rules.length} rules, ${validation.warnings.length} warning${validation.warnings.length === 1 ? '' : 's'})`,
    );
    return 0;
  }
  const tableData = readJson(scenariosPath!, io);
  if (tableData === undefined) return 1;
  const table = readScenarioTable(tableData);
  if (!table.ok) {
    for (const error of table.errors) io.err(`${scenariosPath}: ${error}`);
    return 1;
  }
  const results = runScenarios(validation.policy, table.table);
  let failed = 0;
  for (const result of results) {
    if (result.ok) {
      io.out(`ok   ${result.name}`);
      continue;
    }
    failed += 1;
    io.out(`FAIL ${result.name}`);
    for (const mismatch of result.mismatches) {
      io.out(`     ${mismatch.field}: expected ${JSON.stringify(mismatch.expected)}, got ${JSON.stringify(mismatch.got)}`);
    }
  }
  io.out(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
