/**
 * Every way loading can go wrong (issue 13, part 6): the lazy part offline, gone (404 after a deploy), tampered with
 * (an integrity mismatch) or slow; a page that freezes JavaScript's built-ins; a page that took the element's name.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDecision } from '../../src/conversation/index.ts';
import { evaluate, instantAt } from '../../src/policy/index.ts';
import { IMICRO_RETURN, imicro } from '../support/policies.ts';
import { openPage, useBrowserAndServer } from './browser.ts';
import { version } from './server.ts';
import { answer, expectedResult, resultOf, start, widget } from './drive.ts';

const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });
const FAILED = { en: 'Couldn’t load. Try again.', es: 'No se pudo cargar. Reintente.' };

const built = new URL(`../../dist/return-assistant/${version}/`, import.meta.url);
const loadChunk = `chunks/${readdirSync(new URL('chunks/', built)).find((name) => name.startsWith('load-'))!}`;
const loadBytes = () => readFileSync(new URL(loadChunk, built));

/** A store page that pins the lazy chunk's hash with an import map (`integrity`), as a merchant using SRI would. */
const pinnedPage = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>a page that pins the widget's chunks</title>
<script type="importmap">${JSON.stringify({ integrity: { [`/return-assistant/${version}/${loadChunk}`]: `sha384-${createHash('sha384').update(loadBytes()).digest('base64')}` } })}</script>
</head><body><main><h1>A product</h1></main>
<script type="module" src="/return-assistant/${version}/return-assistant.js" data-policy="imicro"></script></body></html>`;

type Fault = (route: Route) => Promise<void>;
const FAULTS: [name: string, page: string, fault: Fault][] = [
  ['offline', '/pages/imicro.html', (route) => route.abort('internetdisconnected')],
  ['a 404 after the store deployed a new version', '/pages/imicro.html', (route) => route.fulfill({ status: 404, body: 'Not found' })],
  [
    'an integrity mismatch',
    '/pages/pinned.html',
    (route) => route.fulfill({ contentType: 'text/javascript', body: Buffer.concat([loadBytes(), Buffer.from('\n// changed on the way')]) }),
  ],
];

/**
 * A page whose widget chunks fail while `faults.on` holds (each attempt counted), recording what reaches the host
 * page: uncaught errors, unhandled rejections, and console errors other than the browser's own network reports.
 */
async function openFaulty(path: string, fault: Fault, options: { delay?: number } = {}) {
  const opened = await openPage(shared.browser, 'about:blank', { now: NOW });
  const { page, problems } = opened;
  const faults = { on: true, attempts: 0 };
  await page.addInitScript(() => {
    const host = window as unknown as { rejections: string[] };
    host.rejections = [];
    window.addEventListener('unhandledrejection', (event) => host.rejections.push(String(event.reason)));
  });
  await page.route(`${shared.server.origin}/pages/pinned.html`, (route) => route.fulfill({ contentType: 'text/html', body: pinnedPage() }));
  await page.route(/\/chunks\//, async (route) => {
    if (!faults.on) return route.continue();
    if (route.request().url().includes('/chunks/load-')) faults.attempts += 1;
    if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
    return fault(route);
  });
  await page.goto(`${shared.server.origin}${path}`);
  const hostErrors = async () => [
    ...problems.filter((problem) => !/^console: (Failed to load resource|Failed to find a valid digest)/.test(problem)),
    ...(await page.evaluate(() => (window as unknown as { rejections: string[] }).rejections)),
  ];
  return { ...opened, faults, hostErrors };
}

describe('the lazy part fails to load', () => {
  it.each(FAULTS)('%s: the launcher says so in one line, open() reports it, and the next click loads it', async (_name, path, fault) => {
    const { page, context, faults, hostErrors } = await openFaulty(path, fault);
    const panel = widget(page);
    const launcher = panel.locator('button.launcher');
    await launcher.click();
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe(FAILED.en);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.locator('.overlay').count()).toBe(0);
    // The page's own code asking to open it hears the same, and is not thrown at.
    expect(await page.evaluate(() => (document.querySelector('return-assistant') as HTMLElement & { open: () => Promise<boolean> }).open())).toBe(false);
    expect(await panel.getByRole('alert').count()).toBe(1);
    // Each attempt was a real request: nothing kept the failure.
    const attempts = faults.attempts;
    expect(attempts).toBeGreaterThanOrEqual(2);
    faults.on = false;
    await launcher.click();
    await answer(panel, 'I changed my mind');
    await panel.getByRole('button', { name: 'Sold and shipped by iMicro' }).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });

  it('a corrupt chunk (it does not parse) is reported the same way and throws nothing into the page', async () => {
    const { page, context, hostErrors } = await openFaulty('/pages/imicro.html', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'export const broken = ;' }),
    );
    const panel = widget(page);
    await panel.locator('button.launcher').click();
    await expect.poll(() => panel.getByRole('alert').innerText()).toBe(FAILED.en);
    expect(await page.evaluate(() => (document.querySelector('return-assistant') as HTMLElement & { open: () => Promise<boolean> }).open())).toBe(false);
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });

  it('an inline widget says so in its own place, in its language, with a button that loads it', async () => {
    const { page, context, faults, hostErrors } = await openFaulty('/pages/two.html', (route) => route.abort('internetdisconnected'));
    const garden = widget(page, 0);
    await expect.poll(() => garden.getByRole('alert').innerText()).toBe(FAILED.es);
    // The launcher on the same page, in English, is not told until it is clicked.
    const launcher = widget(page, 1).locator('button.launcher');
    expect(await widget(page, 1).getByRole('alert').count()).toBe(0);
    await launcher.click();
    await expect.poll(() => widget(page, 1).getByRole('alert').innerText()).toBe(FAILED.en);
    faults.on = false;
    await garden.getByRole('button', { name: '¿Puedo devolverlo?' }).click();
    await answer(garden, 'Cancelar mi pedido');
    expect(await garden.getByRole('alert').count()).toBe(0);
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });

  it('the ES module API: open() resolves false while it cannot load, then true', async () => {
    const { page, context, faults, hostErrors } = await openFaulty('/pages/api.html', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.waitForFunction(() => 'widget' in window);
    const open = () => page.evaluate(() => (window as unknown as { widget: { open: () => Promise<boolean> } }).widget.open());
    expect(await open()).toBe(false);
    faults.on = false;
    expect(await open()).toBe(true);
    await widget(page).locator('.composer .replies button').first().waitFor();
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });
});

describe('a slow chunk (5 s)', () => {
  it('the launcher is busy from the click until the panel shows', async () => {
    const { page, context, hostErrors } = await openFaulty('/pages/imicro.html', (route) => route.continue(), { delay: 5_000 });
    const launcher = widget(page).locator('button.launcher');
    await launcher.click();
    // Right after the click, not after some time: the busy state is set by the click itself.
    expect(await launcher.getAttribute('aria-busy')).toBe('true');
    // Seen as well as announced: "…" after the label, with no motion to honour or not.
    expect(await launcher.evaluate((button) => getComputedStyle(button, '::after').content)).toBe('"…"');
    await widget(page).locator('.composer .replies button').first().waitFor({ timeout: 20_000 });
    expect(await launcher.getAttribute('aria-busy')).toBeNull();
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });

  it('an inline widget holds its place while it loads: nothing below it moves (layout shift 0)', async () => {
    const opened = await openPage(shared.browser, 'about:blank', { now: NOW });
    const { page, context, problems } = opened;
    // On a slow phone the browser draws frames between the pieces of opening: the panel must not be drawn in one
    // before its slot leaves.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const host = window as unknown as { shifts: number[] };
      host.shifts = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => host.shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    await page.route(/\/chunks\//, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      await route.continue();
    });
    await page.goto(`${shared.server.origin}/pages/inline.html`);
    const slot = widget(page).locator('.slot');
    expect(await slot.getAttribute('aria-busy')).toBe('true');
    const below = page.locator('#below');
    const before = (await below.boundingBox())!;
    await widget(page).locator('.composer .replies button').first().waitFor({ timeout: 20_000 });
    expect(await slot.count()).toBe(0);
    expect(await below.boundingBox()).toEqual(before);
    // Two frames for the observer to report the frame the panel arrived in.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an inline widget taken out while it loads and put back later shows one panel, and throws nothing', async () => {
    const { page, context, hostErrors } = await openFaulty('/pages/inline.html', (route) => route.continue(), { delay: 2_000 });
    await page.evaluate(() => {
      const element = document.querySelector('return-assistant')!;
      (window as unknown as { parked: Element }).parked = element;
      element.remove();
    });
    // Longer than the load it left behind: that load finishes with the element out of the page.
    await page.waitForTimeout(5_000);
    await page.evaluate(() => document.querySelector('main')!.append((window as unknown as { parked: Element }).parked));
    const panel = widget(page);
    await panel.locator('.composer .replies button').first().waitFor({ timeout: 20_000 });
    expect(await panel.locator('.inline').count()).toBe(1);
    expect(await panel.locator('.slot').count()).toBe(0);
    expect(await hostErrors()).toEqual([]);
    await context.close();
  });
});

describe('a page that freezes every built-in (SES lockdown)', () => {
  it('runs whole conversations to the same results as evaluate(), a merchant’s own policy and the follow-ups included', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/lockdown.html`, { now: NOW });
    expect(await page.evaluate(() => (window as unknown as { frozen: boolean }).frozen)).toBe(true);
    // The merchant's own policy, validated on the page: €200 less its 15% restocking fee.
    const own = widget(page, 0);
    for (const text of ['I changed my mind', '2026-11-20', '200']) await answer(own, text);
    expect((await resultOf(own)).total).toBe('€170.00');
    const panel = widget(page, 1);
    await start(panel);
    for (const text of IMICRO_RETURN.answers) await answer(panel, text);
    const decision = evaluate(imicro, IMICRO_RETURN.facts, NOW, { timeZone: 'America/New_York' });
    if (!decision.settled) throw new Error('the scenario should settle');
    expect(await resultOf(panel)).toEqual(expectedResult(describeDecision(decision, imicro, 'en')));
    // The follow-ups run code of their own: the explanation, the summary and calendar file (a chunk of their own), starting over.
    await panel.locator('.result button.why').click();
    await expect.poll(() => panel.locator('.result .reasons li').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Copy a summary for support' }).click();
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: 'Add the deadline to my calendar' }).click();
    expect((await download).suggestedFilename()).toBe('imicro-return-deadline.ics');
    await panel.getByRole('button', { name: 'Start over' }).click();
    await panel.locator('.composer .replies button').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a page that already defined <return-assistant>', () => {
  it('logs one clear console message and nothing else', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/taken.html`, { now: NOW });
    await page.waitForLoadState('load');
    expect(problems).toEqual(['console: return-assistant: <return-assistant> is taken by the page; the widget cannot run']);
    await context.close();
  });
});
