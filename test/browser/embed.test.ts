/**
 * The ways a merchant embeds the widget: its own policy, the ES module API with analytics events, the classic script,
 * and the module script pinned with Subresource Integrity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { instantAt, validatePolicy } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import type { Page } from 'playwright-core';
import { openPage, useBrowserAndServer } from './browser.ts';
import { STRICT_CSP, version } from './server.ts';
import { answer, drawn, expected, resultOf, start, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });

/** The merchant's policy the page gives inline, the n-th on the page, read as the widget reads it (as served). */
async function inlinePolicy(page: string, index: number): Promise<unknown> {
  const html = await (await fetch(`${shared.server.origin}/pages/${page}`)).text();
  const scripts = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  return JSON.parse(scripts[index]!);
}

describe('a merchant’s own policy', () => {
  it('a valid one runs; an invalid one tells the merchant the path and the shopper a polite fallback', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/own-policy.html`, { now: NOW });
    const good = widget(page, 0);
    for (const text of ['I changed my mind', '2026-11-20', '200']) await answer(good, text);
    const policy = validatePolicy(await inlinePolicy('own-policy.html', 0));
    if (!policy.ok) throw new Error(`the page's good policy should be valid: ${policy.errors.join('; ')}`);
    expect(await resultOf(good)).toEqual(expected(policy.policy, { situation: 'changed-mind', deliveredAt: '2026-11-20', pricePaidCents: 20_000 }));
    // €200 less the 15% restocking fee.
    expect((await resultOf(good)).total).toBe('€170.00');
    await expect
      .poll(() => widget(page, 1).locator('.fallback').innerText())
      .toBe('The return assistant isn’t available on this page right now. Please contact the store for help with a return.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('rules[0].window.days: expected a positive whole number, got "thirty"');
    await context.close();
  });
});

/** The ES module API's page (`mount()` with iGarden's policy), its widget opened and asking its first question. */
async function openedApiPage() {
  const opened = await openPage(shared.browser, `${shared.server.origin}/pages/api.html`, { now: NOW });
  await opened.page.waitForFunction(() => 'widget' in window);
  await opened.page.evaluate(() => (window as unknown as { widget: { open: () => Promise<boolean> } }).widget.open());
  await widget(opened.page).locator('.composer .replies button').first().waitFor();
  return opened;
}

describe('the ES module API', () => {
  it('open() settles once the panel is drawn and has the focus; closed while it appears, it stays closed and the launcher keeps the focus', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/api.html`, { now: NOW });
    await page.waitForFunction(() => 'widget' in window);
    type Api = { widget: { open: () => Promise<boolean>; close: () => void } };
    const opened = await page.evaluate(async () => {
      const shown = await (window as unknown as Api).widget.open();
      const root = document.querySelector('return-assistant')!.shadowRoot!;
      const overlay = root.querySelector<HTMLElement>('.overlay')!;
      return { shown, visible: overlay.checkVisibility({ visibilityProperty: true }), focus: root.activeElement?.className };
    });
    expect(opened).toEqual({ shown: true, visible: true, focus: 'reply' });
    await page.keyboard.press('Escape');
    // Laid out for a frame while still invisible: closed then, it is not shown nor focused a frame later.
    const closed = await page.evaluate(async () => {
      const { widget } = window as unknown as Api;
      const root = document.querySelector('return-assistant')!.shadowRoot!;
      const overlay = root.querySelector<HTMLElement>('.overlay')!;
      new MutationObserver((_, observer) => {
        if (overlay.classList.contains('arriving')) {
          observer.disconnect();
          widget.close();
        }
      }).observe(overlay, { attributes: true, attributeFilter: ['class'] });
      const shown = await widget.open();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { shown, visible: overlay.checkVisibility({ visibilityProperty: true }), focus: root.activeElement?.className };
    });
    expect(closed).toEqual({ shown: false, visible: false, focus: 'launcher' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a second tap on a reply already taken does not answer the next question unseen; the page hears of the answer once, as it is taken', async () => {
    const { page, context, problems } = await openedApiPage();
    const panel = widget(page);
    // "I changed my mind" tapped twice, the second tap on the old button: taken as an answer to the next question (the
    // delivery date) it would be asked again as not understood.
    const tapped = await page.evaluate(() => {
      const root = document.querySelector('return-assistant')!.shadowRoot!;
      const answers = () => (window as unknown as { events: { name: string }[] }).events.filter((event) => event.name === 'answer').length;
      const reply = [...root.querySelectorAll<HTMLButtonElement>('.composer .replies button')].find((button) => button.textContent === 'I changed my mind')!;
      reply.click();
      const heard = answers();
      reply.click();
      return { heard, busy: root.querySelector('.overlay')!.getAttribute('aria-busy') };
    });
    // The answer is taken in a task after the click (the click's own stays short), and the panel is busy from the click.
    expect(tapped).toEqual({ heard: 0, busy: 'true' });
    await panel.locator('.overlay[aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { events: { name: string }[] }).events.filter((event) => event.name === 'answer').length)).toBe(1);
    await panel.locator('.composer input[data-kind=date]').waitFor();
    expect(await panel.locator('.bubble.problem').count()).toBe(0);
    expect(await panel.locator('.bubble.shopper').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the second click of a double-click does not answer the question drawn under the pointer meanwhile', async () => {
    const { page, context, problems } = await openedApiPage();
    const panel = widget(page);
    const centre = async (name: string) => {
      const box = (await panel.getByRole('button', { name, exact: true }).boundingBox())!;
      return [box.x + box.width / 2, box.y + box.height / 2] as const;
    };
    const [x, y] = await centre('I changed my mind');
    await page.mouse.move(x, y);
    await page.mouse.down({ clickCount: 1 });
    await page.mouse.up({ clickCount: 1 });
    await panel.locator('.composer input[data-kind=date]').waitFor();
    await drawn(panel);
    // The second click of the pair (the browser counts it: detail 2), on the delivery date's first quick reply.
    await page.mouse.move(...(await centre('Today')));
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await page.waitForTimeout(300);
    await drawn(panel);
    expect(await panel.locator('.bubble.shopper').count()).toBe(1);
    expect(await panel.locator('.bubble.shopper').first().textContent()).toContain('I changed my mind');
    expect(await panel.locator('.composer input[data-kind=date]').count()).toBe(1);
    // A click of its own is an answer.
    await panel.getByRole('button', { name: 'Today', exact: true }).click();
    await panel.locator('.composer input[data-kind=date]').waitFor({ state: 'detached' });
    expect(await panel.locator('.bubble.shopper').count()).toBe(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('mounts, opens, prefills, and reports open, answer, decision and close events with nothing personal', async () => {
    const { page, context, problems } = await openedApiPage();
    const panel = widget(page);
    await page.evaluate(() => (window as unknown as { widget: { prefill: (facts: object) => void } }).widget.prefill({ paymentMethod: 'paypal' }));
    // The page gives the seller and the price, and prefills the payment method: only the situation and the delivery date are asked.
    for (const text of ['I changed my mind', '2026-11-10']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(
      expected(igarden, { situation: 'changed-mind', soldBy: 'store', pricePaidCents: 12_999, paymentMethod: 'paypal', deliveredAt: '2026-11-10' }),
    );
    // $129.99 less the 3.49% PayPal transaction fee ($4.54).
    expect((await resultOf(panel)).total).toBe('$125.45');
    await page.keyboard.press('Escape');
    const events = await page.evaluate(() => (window as unknown as { events: { name: string; detail: Record<string, unknown> }[] }).events);
    expect(events.map((event) => event.name)).toEqual(['open', 'answer', 'answer', 'decision', 'close']);
    expect(events.find((event) => event.name === 'decision')!.detail).toEqual({
      policy: 'igarden',
      verdict: 'eligible',
      situation: 'changed-mind',
      reasons: ['igarden.window.30-days'],
    });
    // Answers are reported by question only: never a date, a price or anything typed.
    expect(JSON.stringify(events)).not.toMatch(/2026-11-10|129|125/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('open() and close() where there is nothing to show or hide', () => {
  it('open() after destroy() is false; close() leaves an inline panel, which has no launcher to open it again', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/api.html`, { now: NOW });
    await page.waitForFunction(() => 'widget' in window);
    await page.addScriptTag({ type: 'module', content: `import { mount } from '/return-assistant/${version}/return-assistant-api.js'; window.mount = mount;` });
    await page.waitForFunction(() => 'mount' in window);
    const result = await page.evaluate(async () => {
      type Handle = { open: () => Promise<boolean>; close: () => void; destroy: () => void; element: HTMLElement };
      const { mount } = window as unknown as { mount: (target: Element, options: object) => Handle };
      const launcher = (window as unknown as { widget: Handle }).widget;
      launcher.destroy();
      const afterDestroy = await launcher.open();
      const inline = mount(document.querySelector('main')!, { policy: 'igarden', mode: 'inline', instance: 'inline' });
      const opened = await inline.open();
      inline.close();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const panel = inline.element.shadowRoot!.querySelector<HTMLElement>('.inline')!;
      return { afterDestroy, opened, visible: panel.checkVisibility() };
    });
    expect(result).toEqual({ afterDestroy: false, opened: true, visible: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** The events the page heard since the panel opened, in order: each name, and a decision's verdict. */
const toldSinceOpen = (page: Page) =>
  page.evaluate(() => (window as unknown as { events: { name: string; detail: { verdict?: string } }[] }).events.filter((event) => event.name !== 'open'));

describe('events when the facts or the item change', () => {
  it('a decision that facts the page gives complete, or change, is told as one the answers reach', async () => {
    const { page, context, problems } = await openedApiPage();
    const panel = widget(page);
    const told = () => toldSinceOpen(page);
    await answer(panel, 'I changed my mind');
    await page.evaluate(() =>
      (window as unknown as { widget: { prefill: (facts: object) => void } }).widget.prefill({ paymentMethod: 'paypal', deliveredAt: '2026-11-10' }),
    );
    await panel.locator('.result h3').waitFor();
    expect((await told()).map((event) => [event.name, event.detail.verdict])).toEqual([
      ['answer', undefined],
      ['decision', 'eligible'],
    ]);
    // Another seller: the result changes, and the page is told the new one.
    await page.evaluate(() => document.querySelector('return-assistant')!.setAttribute('seller', 'other-retailer'));
    await expect.poll(async () => (await told()).length).toBe(3);
    expect((await told()).at(-1)).toMatchObject({ name: 'decision', detail: { verdict: 'handled-elsewhere' } });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the same answers for another item are told again, with their decision', async () => {
    const { page, context, problems } = await openedApiPage();
    const panel = widget(page);
    const told = async () => (await toldSinceOpen(page)).map((event) => event.name);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    await panel.locator('.result h3').waitFor();
    expect(await told()).toEqual(['answer', 'answer', 'answer', 'decision']);
    await panel.getByRole('button', { name: 'Check another item', exact: true }).click();
    await drawn(panel);
    for (const text of ['2026-11-10', 'PayPal']) await answer(panel, text);
    await panel.locator('.result h3').waitFor();
    expect(await told()).toEqual(['answer', 'answer', 'answer', 'decision', 'answer', 'answer', 'decision']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the classic script', () => {
  it('mounts from its data attributes and reaches a decision', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/classic.html`, { now: NOW });
    const panel = widget(page);
    await start(panel);
    // The page says it is a digital product (data-category): the seller is asked, the category never.
    for (const text of ['I changed my mind', 'Sold and shipped by iMicro']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, { situation: 'changed-mind', soldBy: 'store', category: 'digital' }));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Subresource Integrity', () => {
  const dist = new URL(`../../dist/return-assistant/${version}/`, import.meta.url);
  const entry = readFileSync(new URL('return-assistant.js', dist));
  const integrity = `sha384-${createHash('sha384').update(entry).digest('base64')}`;
  const steps = ['I changed my mind', 'Sold and shipped by iMicro'];

  /**
   * A store page whose one script tag pins the eager file as the README shows, under the strict CSP (or a nonce-only
   * one, whose nonce the tag carries); `tamper` changes one file on its way.
   */
  async function pinnedPage(tamper?: string, { nonce }: { nonce?: string } = {}) {
    const opened = await openPage(shared.browser, 'about:blank', { now: NOW });
    const { page } = opened;
    const url = `${shared.server.origin}/pages/csp-pinned.html`;
    await page.route(url, (route) =>
      route.fulfill({
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': nonce ? `script-src 'nonce-${nonce}'; style-src 'self'` : STRICT_CSP,
        },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A software key</title>
<script type="module" src="/return-assistant/${version}/return-assistant.js" integrity="${integrity}" crossorigin="anonymous"${nonce ? ` nonce="${nonce}"` : ''} data-policy="imicro" data-category="digital"></script>
</head><body><main><h1>A software key</h1></main></body></html>`,
      }),
    );
    if (tamper) {
      await page.route(`**/return-assistant/${version}/${tamper}`, async (route) => {
        const response = await route.fetch();
        route.fulfill({ response, body: `${await response.text()}\n;globalThis.tampered = true;` });
      });
    }
    await page.goto(url);
    return opened;
  }

  it('the build prints the hash of the file a page loads', () => {
    const printed = execFileSync(process.execPath, [new URL('../../scripts/sri.mjs', import.meta.url).pathname], { encoding: 'utf8' });
    expect(printed).toMatch(new RegExp(`^ +return-assistant\\.js +${integrity.replace(/[+/]/g, '\\$&')}$`, 'm'));
  });

  it('a page that pins the eager file runs a whole conversation; every file loaded after it comes checked', async () => {
    const { page, context, problems, requests, violations } = await pinnedPage();
    // Both names of each event (the second for JSX), recorded from outside the page's CSP.
    await page.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      for (const name of ['open', 'answer', 'decision', 'close']) {
        for (const type of [`return-assistant:${name}`, `return-assistant-${name}`])
          document.addEventListener(type, (event) => heard.push(`${type} ${JSON.stringify((event as CustomEvent).detail)}`));
      }
    });
    const panel = widget(page);
    await start(panel);
    for (const text of steps) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, { situation: 'changed-mind', soldBy: 'store', category: 'digital' }));
    // Closed, and closed again: told once.
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.locator('button.launcher').getAttribute('aria-expanded')).toBe('false');
    await page.evaluate(() => (document.querySelector('return-assistant') as HTMLElement & { close(): void }).close());
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((line) => line.startsWith('return-assistant:')).map((line) => line.split(' ')[0])).toEqual([
      'return-assistant:open',
      'return-assistant:answer',
      'return-assistant:answer',
      'return-assistant:decision',
      'return-assistant:close',
    ]);
    expect(heard.at(-1)).toBe('return-assistant-close {"policy":"imicro"}');
    expect(heard.filter((line) => line.startsWith('return-assistant-'))).toEqual(
      heard.filter((line) => line.startsWith('return-assistant:')).map((line) => line.replace(':', '-')),
    );
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    // The launcher, the panel, the messages and the policy: the files the tampering test changes one by one.
    expect(loadedFiles(requests).length).toBeGreaterThanOrEqual(4);
    // Each fetched once (the server says no-store): the import ran the checked preload, not a second, unchecked copy.
    const fetched = requests.filter((url) => url.endsWith('.js'));
    expect(fetched).toEqual([...new Set(fetched)]);
    await context.close();
  });

  it('under a nonce-only CSP the checked chunks load, as the imports they stand for would', async () => {
    const { page, context, problems, violations } = await pinnedPage(undefined, { nonce: 'b3JkZXItMTIz' });
    const panel = widget(page);
    await start(panel);
    for (const text of steps) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, { situation: 'changed-mind', soldBy: 'store', category: 'digital' }));
    expect(problems).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('a file changed on its way, eager or lazy, is refused and never runs', async () => {
    const clean = await pinnedPage();
    await start(widget(clean.page));
    await answer(widget(clean.page), steps[0]!);
    const files = loadedFiles(clean.requests);
    await clean.context.close();
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const { page, context, problems } = await pinnedPage(file);
      // The launcher is there unless the eager file itself was refused; a click asks for the rest.
      if (file !== 'return-assistant.js') await widget(page).locator('button.launcher').click();
      await expect
        .poll(() => problems.some((problem) => problem.includes(file) && problem.includes('integrity')), { message: `${file} should be refused` })
        .toBe(true);
      expect(await page.evaluate(() => 'tampered' in globalThis), `${file} ran`).toBe(false);
      expect(await widget(page).locator('.composer').count()).toBe(0);
      await context.close();
    }
  });
});

/** The widget's script files a page requested, relative to the version folder. */
function loadedFiles(requests: string[]): string[] {
  const folder = `/return-assistant/${version}/`;
  return [...new Set(requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith(folder) && path.endsWith('.js')))].map((path) =>
    path.slice(folder.length),
  );
}
