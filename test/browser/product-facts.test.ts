/** Product facts in Chromium: a price, its currency and a weight in grams as attributes; a ProductGroup's selected variant. */
import { POUNDS_PER_KILOGRAM } from '../../src/conversation/parse.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../src/policy/index.ts';
import type { Facts } from '../../src/policy/index.ts';
import { IMICRO_KEPT, igarden, imicro } from '../support/policies.ts';
import { axeViolations, openPage, useBrowserAndServer } from './browser.ts';
import { answer, expected, resultOf, start, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const shared = useBrowserAndServer({ beforeAll, afterAll });

describe('attributes', () => {
  it('a price in the store’s currency and a weight in grams are never asked', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/product-attributes.html`, { now: NOW });
    const panel = widget(page);
    // Opened (or inline), it asks the first question at once.
    for (const text of ['I changed my mind', '11/01/2026', 'Yes, everything is complete']) await answer(panel, text);
    const facts: Facts = {
      ...IMICRO_KEPT,
      invoiceDate: '2026-11-01',
      pricePaidCents: 64_999,
      weightPounds: 0.5 * POUNDS_PER_KILOGRAM,
    };
    const shown = await resultOf(panel);
    expect(shown).toEqual(expected(imicro, facts, NOW));
    expect(shown.total).toBe('$649.99');
    // 500 g is well under 30 lb: the free label.
    await expect.poll(() => panel.locator('.result').innerText()).toContain('free return shipping label');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a price that is not one', () => {
  it('is said once in the console, not again each time another attribute is read', async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.origin}/pages/product-attributes.html`, { now: NOW });
    const panel = widget(page);
    await panel.locator('.composer .replies button').first().waitFor();
    await page.evaluate(() => document.querySelector('return-assistant')!.setAttribute('price', 'abc'));
    for (const weight of ['1 kg', '2 kg', '3 kg']) {
      await page.evaluate((value) => document.querySelector('return-assistant')!.setAttribute('weight', value), weight);
      await page.waitForTimeout(100);
    }
    await expect.poll(() => problems.filter((problem) => problem.includes('price="abc"')).length).toBe(1);
    await page.waitForTimeout(300);
    expect(problems).toEqual([expect.stringContaining('price="abc" is not an amount; the shopper will be asked')]);
    await context.close();
  });
});

describe('a schema.org ProductGroup', () => {
  const url = (query: string) => `${shared.server.origin}/pages/product-group.html${query}`;

  it('the variant in the URL gives its price', async () => {
    const { page, context, problems, requests } = await openPage(shared.browser, url('?variant=502'), { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    const shown = await resultOf(panel);
    expect(shown).toEqual(
      expected(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 19_999 }),
    );
    // $199.99 less the 3.49% PayPal fee ($6.98).
    expect(shown.total).toBe('$193.01');
    // The JSON-LD reader is its own small file, loaded only by pages that leave the price to their JSON-LD.
    expect(requests.some((request) => /\/chunks\/product-json-ld-[\w-]+\.js$/.test(request))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with no variant chosen and prices that differ, the price is asked', async () => {
    const { page, context, problems } = await openPage(shared.browser, url(''), { now: NOW });
    const panel = widget(page);
    await start(panel);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    await expect.poll(() => panel.locator('.transcript').innerText()).toContain('How much did you pay for it (USD)?');
    await answer(panel, '129.99');
    expect((await resultOf(panel)).total).toBe('$125.45');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a variant attribute (here a SKU) set before the panel opens wins over the URL', async () => {
    const { page, context, problems } = await openPage(shared.browser, url('?variant=501'), { now: NOW });
    await page.locator('return-assistant').evaluate((element) => element.setAttribute('variant', 'GARDEN-12'));
    const panel = widget(page);
    await start(panel);
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    expect((await resultOf(panel)).total).toBe('$193.01');
    expect(problems).toEqual([]);
    await context.close();
  });
});
