/**
 * The package as an adopter gets it: `npm pack` (which builds it), the tarball installed into a new project, every
 * export imported in Node with no window, a consumer's TypeScript checked against the declaration files (plain
 * TypeScript, Preact and React JSX, bundler and Node resolution), and a small Vite app built with it.
 * Needs the npm registry only for packages not in npm's cache (React's types, the first time).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as policyEngine from '../../src/policy/index.ts';
import { instantAt } from '../../src/policy/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const policyFile = join(root, 'examples/policies/imicro/policy.json');
let project = '';
let tarball = '';

/** Runs a command; on failure the error carries what it printed. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
      // NODE_ENV as a publisher's shell has it (Vitest sets it to "test", which would build the widget's libraries
      // with their development code).
      env: { ...process.env, NODE_ENV: 'production', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'return-assistant-consumer-'));
  run('npm', ['pack', '--pack-destination', project], root);
  tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;
  cpSync(fileURLToPath(new URL('consumer/', import.meta.url)), project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-store', private: true, type: 'module' }));
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-save', `./${tarball}`, '@types/react@19'], project);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds the built widget, the element and policy modules, their types, the command line, the schema, the licences and the changelog, and no sources', () => {
    expect(tarball).toBe(`return-assistant-${version}.tgz`);
    const files = run('tar', ['-tzf', tarball], project)
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''));
    for (const file of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'bin/return-assistant.mjs',
      'schema/policy.schema.json',
      'dist/lib/index.js',
      'dist/lib/element.js',
      'dist/lib/policy.js',
      'dist/lib/THIRD-PARTY-NOTICES.txt',
      'dist/types/embed/index.d.ts',
      'dist/types/embed/jsx-react.d.ts',
      'dist/types/policy/index.d.ts',
      'dist/cli/return-assistant.mjs',
      'dist/cli/THIRD-PARTY-NOTICES.txt',
      `dist/return-assistant/${version}/return-assistant.js`,
      `dist/return-assistant/${version}/return-assistant.classic.js`,
      `dist/return-assistant/${version}/THIRD-PARTY-NOTICES.txt`,
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((file) => /^(src|test|scripts|examples|demo)\//.test(file))).toEqual([]);
  });

  it('imports every export in Node, with no window, and its policy engine decides as the sources do', () => {
    const now = instantAt('2026-11-23T15:00', 'America/New_York');
    const printed = JSON.parse(run(process.execPath, ['ssr.mjs', policyFile, String(now)], project)) as Record<string, unknown>;
    const checked = policyEngine.validatePolicy(JSON.parse(readFileSync(policyFile, 'utf8')));
    if (!checked.ok) throw new Error('the iMicro example should be valid');
    expect(printed).toEqual({
      window: 'undefined',
      api: ['defineReturnAssistant', 'mount', 'registerLanguage'],
      element: [],
      policy: Object.keys(policyEngine).sort(),
      schema: JSON.parse(readFileSync(join(root, 'schema/policy.schema.json'), 'utf8')).$schema,
      decision: JSON.parse(JSON.stringify(policyEngine.evaluate(checked.policy, {}, now, { timeZone: 'America/New_York' }))),
    });
  });

  it('runs its command line from the installed bin', () => {
    const scenarios = join(root, 'examples/policies/imicro/scenarios.json');
    expect(run(join(project, 'node_modules/.bin/return-assistant'), ['check', policyFile, scenarios], project)).toMatch(/\d+ passed, 0 failed/);
  });

  it.each(['Bundler', 'NodeNext'])(
    'type-checks a consumer with %s module resolution: element, events, JSX for Preact and React, policy engine',
    (resolution) => {
      const compilerOptions = {
        target: 'ES2022',
        module: resolution === 'Bundler' ? 'ESNext' : 'NodeNext',
        moduleResolution: resolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        // The package's own declaration files are checked too.
        skipLibCheck: false,
        resolveJsonModule: true,
        jsx: 'react-jsx',
        types: [],
      };
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src'] }));
      expect(run(bin('tsc'), ['-p', 'tsconfig.json'], project)).toBe('');
    },
  );

  it('builds into a Vite app, with the lazily loaded parts as their own files', () => {
    run(bin('vite'), ['build', '--logLevel', 'warn'], project);
    const assets = readdirSync(join(project, 'dist/assets')).filter((name) => name.endsWith('.js'));
    const code = assets.map((name) => readFileSync(join(project, 'dist/assets', name), 'utf8'));
    // The page's entry, the lazy panel, the iMicro policy in English: each its own file.
    expect(assets.length).toBeGreaterThanOrEqual(3);
    expect(code.filter((text) => text.includes('customElements.define')).length).toBe(1);
    expect(code.some((text) => text.includes('iMicro'))).toBe(true);
  });
});
