/** A Chromium or Chrome already on the machine (CI: Debian's), driven by Playwright; the tests never download one. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { findChromium, missingChromium } from './chromium.mjs';

const found = findChromium();
// `npm test` asks first and stops with this line; a test file run on its own fails with it, not a launch error.
if (!found) throw new Error(missingChromium());
export const CHROMIUM: string = found;

/** Launches it headless; `flags` are added to the command line (the bench turns a V8 tier off with one). */
export function launch(flags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...flags,
    ],
  });
}

/** A page whose clock is fixed, recording console errors, page errors, CSP violations and every request. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions & { now?: number } = {}) {
  const { now, ...contextOptions } = options;
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US', ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (now !== undefined) await page.clock.setFixedTime(now);
  await page.goto(url);
  return { page, context, problems, requests, violations: () => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []) };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core at WCAG 2.2 AA (so target-size runs): the violations, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      rules: { 'target-size': { enabled: true } },
    });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`));
  });
}

/** One browser and one server for a test file, started before its tests and closed after. */
export function useBrowserAndServer(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }) {
  const shared = {} as { browser: Browser; server: Awaited<ReturnType<typeof import('./server.ts').startServer>> };
  hooks.beforeAll(async () => {
    const { startServer } = await import('./server.ts');
    [shared.browser, shared.server] = await Promise.all([launch(), startServer()]);
  });
  hooks.afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
