/** The command line, as a merchant runs it: `return-assistant validate` and `return-assistant check`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';

const example = (id: string, file: string) => new URL(`../../examples/policies/${id}/${file}`, import.meta.url).pathname;

function runCli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function tempFile(name: string, content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'return-assistant-')), name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('validate', () => {
  it('a valid policy: exit 0 and a one-line summary', () => {
    const result = runCli(['validate', example('igarden', 'policy.json')]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(/valid policy "igarden" \(9 rules, 0 warnings\)$/);
  });

  it('an invalid policy: exit 1, each error with its path', () => {
    const path = tempFile('policy.json', {
      format: 2,
      id: 'x',
      store: { name: 'X', currency: 'usd', contact: 'x' },
      situations: ['changed-mind'],
      facts: {},
      rules: [{ id: 'x.r', quote: 'q', verdict: 'eligible', window: { days: 'thirty', from: 'deliveredAt' } }],
    });
    const result = runCli(['validate', path]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('error: store.currency: expected a three-letter currency code such as USD, got "usd"');
    expect(result.err).toContain('error: rules[0].window.days: expected a positive whole number, got "thirty"');
  });

  it('a file that is not JSON, or missing: exit 1 and what is wrong', () => {
    expect(runCli(['validate', tempFile('broken.json', '{ "format": 2,')])).toMatchObject({ code: 1, err: expect.stringContaining('not valid JSON') });
    expect(runCli(['validate', '/nonexistent/policy.json'])).toMatchObject({ code: 1, err: expect.stringContaining('cannot be read (ENOENT)') });
  });

  it('a command it does not know: exit 2 and the usage', () => {
    expect(runCli(['lint', 'x'])).toMatchObject({ code: 2, err: expect.stringContaining('Usage:') });
    expect(runCli([])).toMatchObject({ code: 2 });
  });
});

describe('check', () => {
  it('runs a scenario table: every row ok, exit 0', () => {
    const result = runCli(['check', example('imicro', 'policy.json'), example('imicro', 'scenarios.json')]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^\d+ passed, 0 failed$/m);
  });

  it('prints each mismatch as expected vs got, exit 1', () => {
    const table = {
      timeZone: 'America/New_York',
      scenarios: [
        {
          name: 'day 31 is still fine?',
          now: '2026-11-23T15:00',
          facts: { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-10-23' },
          expect: { verdict: 'eligible' },
        },
        {
          name: 'day 30 is the last day',
          now: '2026-11-23T15:00',
          facts: { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-10-24', paymentMethod: 'paypal', pricePaidCents: 12_999 },
          expect: { verdict: 'eligible', lastDay: '2026-11-23', totalCents: 12_545, atMost: true },
        },
      ],
    };
    const result = runCli(['check', example('igarden', 'policy.json'), tempFile('scenarios.json', table)]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('FAIL day 31 is still fine?\n     verdict: expected "eligible", got "not-eligible"');
    expect(result.out).toContain('ok   day 30 is the last day');
    expect(result.out).toMatch(/1 passed, 1 failed$/);
  });

  it('a scenario table in the wrong shape says where', () => {
    const result = runCli([
      'check',
      example('igarden', 'policy.json'),
      tempFile('scenarios.json', { scenarios: [{ name: 'x', now: 'tomorrow', facts: {}, expect: {} }] }),
    ]);
    expect(result).toMatchObject({ code: 1, err: expect.stringContaining('scenarios[0].now: expected a local time YYYY-MM-DDTHH:mm, got "tomorrow"') });
  });
});

describe('the built command (bin/return-assistant.mjs)', () => {
  it('runs under plain Node, as `npx return-assistant` would', () => {
    const bin = new URL('../../bin/return-assistant.mjs', import.meta.url).pathname;
    const output = execFileSync(process.execPath, [bin, 'check', example('igarden', 'policy.json'), example('igarden', 'scenarios.json')], {
      encoding: 'utf8',
    });
    expect(output).toMatch(/^\d+ passed, 0 failed$/m);
    const failing = spawnSync(process.execPath, [bin, 'validate', tempFile('p.json', { format: 1 })], { encoding: 'utf8' });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain('format 1 policy');
  });
});

describe('what a merchant gets wrong in a scenario table', () => {
  const igardenPolicy = example('igarden', 'policy.json');
  it('a fact that cannot be used fails the scenario, saying why, instead of testing something else', () => {
    const table = {
      timeZone: 'America/New_York',
      scenarios: [
        {
          name: 'misspelt',
          now: '2026-11-23T15:00',
          facts: { situation: 'changed-mind', soldby: 'store', deliveredAt: 'Nov 1' },
          expect: { needs: ['soldBy', 'deliveredAt', 'paymentMethod', 'pricePaidCents'] },
        },
      ],
    };
    const result = runCli(['check', igardenPolicy, tempFile('scenarios.json', table)]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('soldby: not a fact this policy declares; it was ignored');
    expect(result.out).toContain('deliveredAt: expected a real date written YYYY-MM-DD, or YYYY-MM-DDTHH:mm, got \\"Nov 1\\"');
  });

  it('a misspelt expectation is named as not a field', () => {
    const table = { scenarios: [{ name: 'x', now: '2026-11-23T15:00', facts: {}, expect: { verdcit: 'eligible' } }] };
    expect(runCli(['check', igardenPolicy, tempFile('scenarios.json', table)]).err).toContain('scenarios[0].expect.verdcit: not a field of a scenario table');
  });

  it('--help prints the usage and succeeds', () => {
    expect(runCli(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('return-assistant check <policy.json> <scenarios.json>') });
  });
});
