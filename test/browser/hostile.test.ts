/** Pages the widget was never tuned to: hostile CSS and JavaScript, broken storage, other time zones, bad input. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerMessages } from '../../src/conversation/i18n.ts';
import { en } from '../../src/conversation/messages/en.ts';
import { addDays, instantAt, localDateAt } from '../../src/policy/index.ts';
import { IMICRO_RETURN, igarden, imicro } from '../support/policies.ts';
import { axeViolations, CHROMIUM, openPage, useBrowserAndServer } from './browser.ts';
import { answer, drawn, expected, resultOf, start, widget } from './drive.ts';

registerMessages('en', en);
const NOW = instantAt('2026-11-23T15:00', 'America/New_York');
const shared = useBrowserAndServer({ beforeAll, afterAll });

const FROM_IGARDEN = 'From iGarden (iGarden website or the Amazon iGarden direct store)';
const { answers: toResult, facts: toResultFacts } = IMICRO_RETURN;

/** A picture of an element inside its rounded corners (the page may show through the corners, and that is fine). */
async function inside(page: Page, locator: ReturnType<typeof widget>): Promise<Buffer> {
  const box = (await locator.boundingBox())!;
  const corner = 14;
  return page.screenshot({
    animations: 'disabled',
    caret: 'hide',
    clip: { x: box.x + corner, y: box.y + corner, width: box.width - 2 * corner, height: box.height - 2 * corner },
  });
}

async function panelPictures(page: Page): Promise<[Buffer, Buffer]> {
  const panel = widget(page);
  await start(panel);
  // The pointer is moved away first: whether a reply that slid under it shows as hovered depends on when the browser
  // next checks what is under the pointer, not on the page's CSS.
  await page.mouse.move(0, 0);
  const open = await inside(page, panel.locator('.panel'));
  for (const text of toResult) await answer(panel, text);
  await resultOf(panel);
  await page.mouse.move(0, 0);
  const result = await inside(page, panel.locator('.panel'));
  return [open, result];
}

describe('host CSS that tries to break it', () => {
  it('looks exactly as on a clean page, and stays on top and usable', async () => {
    const clean = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
    const hostile = await openPage(shared.browser, `${shared.server.origin}/pages/hostile-css.html`, { now: NOW });
    const [cleanOpen, cleanResult] = await panelPictures(clean.page);
    const [hostileOpen, hostileResult] = await panelPictures(hostile.page);
    expect(hostileOpen.equals(cleanOpen)).toBe(true);
    expect(hostileResult.equals(cleanResult)).toBe(true);
    const launcher = await widget(hostile.page).locator('button.launcher').boundingBox();
    const onTop = await hostile.page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), {
      x: launcher!.x + 10,
      y: launcher!.y + 10,
    });
    expect(onTop).toBe('return-assistant');
    expect(hostile.problems).toEqual([]);
    await clean.context.close();
    await hostile.context.close();
  });
});

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
];

/** The open panel's box, checked to lie wholly inside the viewport (half a pixel allowed for zoomed rounding). */
async function panelOnScreen(panel: ReturnType<typeof widget>, viewport: { width: number; height: number }) {
  // Measured where it comes to rest, after its short rise: the panel now loads on the click, so it may still be moving.
  await panel.locator('.overlay').evaluate((overlay) => Promise.all(overlay.getAnimations().map((animation) => animation.finished)));
  const box = (await panel.locator('.panel').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
  return box;
}

describe('page layouts it was never tuned to', () => {
  it('on a right-to-left page in a language it does not speak, the launcher and panel are English, left to right', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/rtl.html`, { now: NOW });
    const panel = widget(page);
    const launcher = panel.locator('button.launcher');
    expect(await launcher.innerText()).toBe('Can I return this?');
    // English; the panel, as the browser speaks it (the page's context is en-US).
    expect(await launcher.evaluate((button) => [button.getAttribute('lang'), getComputedStyle(button).direction])).toEqual(['en', 'ltr']);
    await start(panel);
    await answer(panel, 'I changed my mind');
    const box = panel.locator('.overlay');
    expect(await box.evaluate((overlay) => [overlay.getAttribute('lang'), getComputedStyle(overlay).direction])).toEqual(['en-US', 'ltr']);
    // The question reads "Who sold it to you?", its question mark at the end of the line, not mirrored to the start.
    const bubble = panel.locator('.bubble.assistant').last();
    const text = await bubble.boundingBox();
    const mark = await bubble.evaluate((element) => {
      const node = [...element.querySelectorAll('*'), element].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === 3 && n.textContent?.endsWith('?'))!;
      const range = document.createRange();
      range.setStart(node, node.textContent!.length - 1);
      range.setEnd(node, node.textContent!.length);
      return range.getBoundingClientRect().x;
    });
    expect(mark).toBeGreaterThan(text!.x + text!.width / 2);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(VIEWPORTS)('inside a product card that transforms and clips, the launcher and panel are on screen and on top ($width px wide)', async (viewport) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/card.html`, { now: NOW, viewport });
    const panel = widget(page);
    const onTop = (box: { x: number; y: number; width: number; height: number }) =>
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const launcher = (await panel.locator('button.launcher').boundingBox())!;
    expect(launcher.x + launcher.width).toBeCloseTo(viewport.width - 16, 0);
    expect(launcher.y + launcher.height).toBeCloseTo(viewport.height - 16, 0);
    expect(await onTop(launcher)).toBe('return-assistant');
    await start(panel);
    const box = await panelOnScreen(panel, viewport);
    expect(box.height).toBeGreaterThan(300);
    expect(await onTop(box)).toBe('return-assistant');
    await answer(panel, 'I changed my mind');
    // The card's attributes (seller, category, facts) are used: the next question is the invoice date.
    await panel.locator('.composer input[data-kind=date]').waitFor({ timeout: 5_000 });
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.locator('.overlay').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('return-assistant');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(VIEWPORTS)('on a page enlarged with CSS zoom ($width px wide), the open panel fits the viewport', async (viewport) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/zoomed.html`, { now: NOW, viewport });
    const panel = widget(page);
    await start(panel);
    await panelOnScreen(panel, viewport);
    // Its controls are on screen and work.
    await answer(panel, 'I changed my mind');
    await expect.poll(() => panel.locator('.composer').getByRole('button', { name: FROM_IGARDEN }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('host JavaScript that patches built-ins', () => {
  it('Array.prototype.toJSON, a polluted Object.prototype and a replaced fetch change nothing; saved answers round-trip', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/hostile-js.html`, { now: NOW });
    let panel = widget(page);
    await start(panel);
    for (const text of ['I changed my mind', FROM_IGARDEN, '2026-11-10']) await answer(panel, text);
    await page.reload();
    panel = widget(page);
    await panel.locator('button.launcher').click();
    await expect.poll(() => panel.locator('.bubble.shopper .text').allInnerTexts()).toEqual(['I changed my mind', FROM_IGARDEN, 'Tuesday, November 10, 2026']);
    for (const text of ['PayPal', '129.99']) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(
      expected(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 }),
    );
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('storage', () => {
  it('with cookies blocked (storage getters throw), the conversation runs in memory with a short notice', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ra-profile-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      timezoneId: 'America/New_York',
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.clock.setFixedTime(NOW);
    await page.goto(`${shared.server.origin}/pages/imicro.html`);
    expect(
      await page.evaluate(() => {
        try {
          return typeof window.sessionStorage;
        } catch {
          return 'throws';
        }
      }),
    ).toBe('throws');
    const panel = widget(page);
    await start(panel);
    await expect.poll(() => panel.locator('.notice').innerText()).toContain('won’t be kept');
    for (const text of toResult) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, toResultFacts, NOW));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('when saving throws QuotaExceededError, answers are kept in memory and the shopper is told once', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.reload();
    const panel = widget(page);
    await start(panel);
    await answer(panel, 'I changed my mind');
    await expect.poll(() => panel.locator('.notice').innerText()).toContain('won’t be kept');
    for (const text of toResult.slice(1)) await answer(panel, text);
    expect(await resultOf(panel)).toEqual(expected(imicro, toResultFacts, NOW));
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    ['corrupt JSON', '{"version":1,"answers":['],
    ['an older version', '{"version":0,"policy":"imicro","instance":"default","answers":[{"key":"situation","value":"defective","display":"x"}]}'],
    ['another instance', '{"version":1,"policy":"imicro","instance":"other","answers":[{"key":"situation","value":"defective","display":"x"}]}'],
  ])('saved state that is %s starts afresh with a notice', async (_name, saved) => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
    await page.evaluate((value) => sessionStorage.setItem('return-assistant:imicro:default', value), saved);
    await page.reload();
    const panel = widget(page);
    await panel.locator('button.launcher').click();
    await expect.poll(() => panel.locator('.notice').innerText()).toContain('couldn’t restore');
    expect(await panel.locator('.bubble.shopper').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(['Pacific/Auckland', 'America/Los_Angeles', 'Europe/London', 'America/Sao_Paulo'])('in %s', (timeZone) => {
  // The Sunday clocks go back in Los Angeles (2026-11-01) and a week after London's; Auckland is in summer time.
  const now = instantAt('2026-11-01T12:00', timeZone);
  const today = localDateAt(now, timeZone);
  it('deadlines are the ones evaluate() gives in that zone, around a clock change', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now, timezoneId: timeZone });
    const panel = widget(page);
    await start(panel);
    const delivered = addDays(today, -2);
    // 12:30 two days ago is 47.5 hours before noon, except where the clocks went back in between (49.5 hours... or 48.5).
    // A defect: situation, seller, region, delivery date and time, then the payment method and the price (a fee is a share of it, if iGarden's inspection finds it working).
    for (const text of ['It’s defective', FROM_IGARDEN, 'In the United States or Canada', delivered, '12:30', 'PayPal', '599']) await answer(panel, text);
    const facts = {
      situation: 'defective',
      soldBy: 'store',
      region: 'domestic',
      deliveredAt: `${delivered}T12:30`,
      paymentMethod: 'paypal',
      pricePaidCents: 59_900,
    } as const;
    expect(await resultOf(panel)).toEqual(expected(igarden, facts, now, timeZone));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('typed input that is not what was asked', () => {
  const bad = [
    '',
    '   ',
    'x'.repeat(10_000),
    '🙂🙂🙂',
    'مرحبا بالعالم',
    '<img src=x onerror=alert(1)>',
    '"; DROP TABLE orders',
    '-5',
    '1e309',
    'NaN',
    '99999999999999999',
  ];
  const reAsk = /Please (choose one|enter the amount|enter a weight|type an answer)|too long|didn’t catch/;

  async function tryAll(panel: ReturnType<typeof widget>, answered: number) {
    for (const text of bad) {
      await panel.locator('.composer input').fill(text);
      await panel.locator('.composer input').press('Enter');
      await drawn(panel);
      await expect.poll(() => panel.locator('.bubble.problem').innerText()).toMatch(reAsk);
      expect(await panel.locator('.bubble.shopper .text').count()).toBe(answered);
    }
  }

  it('every typed field (choice, price, weight) re-asks clearly, interprets no markup, and keeps earlier answers', async () => {
    const noMarkup = (page: Page) => page.evaluate(() => document.querySelector('return-assistant')!.shadowRoot!.querySelectorAll('img, b, script').length);
    // iMicro: a choice and a weight (iMicro never asks the price).
    {
      const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/imicro.html`, { now: NOW });
      const panel = widget(page);
      await start(panel);
      await tryAll(panel, 0);
      for (const text of toResult.slice(0, 6)) await answer(panel, text);
      await tryAll(panel, 6);
      await answer(panel, 'about <b>4</b> lb');
      await expect.poll(() => panel.locator('.bubble.problem').innerText()).toMatch(reAsk);
      expect(await panel.locator('.bubble.shopper .text').count()).toBe(6);
      expect(await noMarkup(page)).toBe(0);
      await answer(panel, '4 lb');
      expect(await resultOf(panel)).toEqual(expected(imicro, toResultFacts, NOW));
      expect(problems).toEqual([]);
      await context.close();
    }
    // iGarden: the price, asked for a change of mind after the payment method.
    {
      const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/igarden.html`, { now: NOW });
      const panel = widget(page);
      await start(panel);
      for (const text of ['I changed my mind', FROM_IGARDEN, '2026-11-10', 'PayPal']) await answer(panel, text);
      await tryAll(panel, 4);
      await answer(panel, 'I paid <b>129.99</b>');
      await expect.poll(() => panel.locator('.bubble.problem').innerText()).toMatch(reAsk);
      expect(await panel.locator('.bubble.shopper .text').count()).toBe(4);
      expect(await noMarkup(page)).toBe(0);
      await answer(panel, '129.99');
      expect(await resultOf(panel)).toEqual(
        expected(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 }),
      );
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
