/**
 * The Shopify theme app extension in Chromium: its blocks rendered from Liquid into a product page of a plain theme,
 * the widget's files laid out flat as Shopify's assets/ folder holds them and served from another origin (as Shopify's
 * CDN serves them), then a shopper's conversation. Run after `npm run build:widget`.
 */
import { POUNDS_PER_KILOGRAM } from '../../src/conversation/parse.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { instantAt } from '../../src/policy/index.ts';
import type { Facts } from '../../src/policy/index.ts';
import { IMICRO_KEPT, igarden, imicro } from '../support/policies.ts';
import { EXTENSION, productObject, renderBlock, shopifyLiquid } from '../integrations/shopify.ts';
import type { Variant } from '../integrations/shopify.ts';
import { axeViolations, launch, openPage } from './browser.ts';
import { answer, expected, resultOf, widget } from './drive.ts';

const timeZone = 'America/New_York';
const NOW = instantAt('2026-11-23T15:00', timeZone);
const POUNDS_PER_GRAM = POUNDS_PER_KILOGRAM / 1000;
const HOSTILE = `"><img src=x onerror="window.hacked=1"><script>window.hacked=2</script>`;

/** A static server for one origin: `files` by path, anything else 404. */
async function serve(files: (path: string) => { type: string; body: string | Buffer } | null, headers: Record<string, string> = {}) {
  const server = createServer((request, response) => {
    const file = files(new URL(request.url ?? '/', 'http://x').pathname);
    if (!file) response.writeHead(404).end();
    else response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store', ...headers }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let browser: Browser;
let assets: string;
let cdn: Awaited<ReturnType<typeof serve>>;
let store: Awaited<ReturnType<typeof serve>>;
const pages = new Map<string, string>();

beforeAll(async () => {
  // The widget's files as `npm run build:shopify` lays them out, beside the extension's own script.
  assets = mkdtempSync(join(tmpdir(), 'shopify-assets-'));
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/shopify-assets.mjs', import.meta.url)), assets]);
  copyFileSync(`${EXTENSION}assets/return-assistant-shopify.js`, join(assets, 'return-assistant-shopify.js'));
  // Shopify's CDN is another origin, which allows modules to be loaded cross-origin.
  cdn = await serve(
    (path) => {
      const match = /^\/extensions\/ra\/1\/assets\/([\w.-]+\.js)$/.exec(path);
      return match ? { type: 'text/javascript', body: readFileSync(join(assets, match[1]!)) } : null;
    },
    { 'access-control-allow-origin': '*' },
  );
  store = await serve((path) => (pages.has(path) ? { type: 'text/html; charset=utf-8', body: pages.get(path)! } : null));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([cdn?.close(), store?.close()]);
  if (assets) rmSync(assets, { recursive: true, force: true });
});

/** A product page of a plain theme, with the app block in its main section and the app embed before </body>. */
function productPage(
  path: string,
  options: { product: ReturnType<typeof productObject>; currency: string; block?: Record<string, unknown>; embed?: Record<string, unknown> },
): string {
  const engine = shopifyLiquid((name) => `${cdn.origin}/extensions/ra/1/assets/${name}?v=1764460800`);
  const globals = { product: options.product, currency: options.currency, pageType: 'product' };
  const theme = engine.parseAndRenderSync(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{{ product.title | escape }} – Test store</title></head>
<body><main><h1>{{ product.title | escape }}</h1>
<form action="/cart/add" method="post"><label for="size">Size</label>
<select id="size" name="id">{% for variant in product.variants %}<option value="{{ variant.id }}"{% if variant.id == product.selected_or_first_available_variant.id %} selected{% endif %}>{{ variant.title | escape }}</option>{% endfor %}</select>
<button type="submit">Add to cart</button></form>
{{ app_block }}</main>{{ app_embed }}</body></html>`,
    {
      product: options.product,
      app_block: options.block ? renderBlock(engine, 'product', globals, options.block) : '',
      app_embed: options.embed ? renderBlock(engine, 'embed', globals, options.embed) : '',
    },
  );
  pages.set(path, theme);
  return `${store.origin}${path}`;
}

const card: Variant[] = [
  { id: 4_401, title: 'Air cooled', price: 54_999, weight: 1_814 },
  { id: 4_402, title: 'Water block', price: 64_999, weight: 15_000 },
];

describe('the Shopify app embed', () => {
  it('on a product page: the launcher knows the category, the seller and the weight of the variant the shopper picks', async () => {
    const product = productObject({ title: `GeForce ${HOSTILE}`, type: 'Graphics cards', category: 'standard', variants: card, selected: 4_401 });
    const url = productPage('/products/geforce', {
      product,
      currency: 'USD',
      embed: { policy: 'imicro', seller: 'store', facts: '{"isBundle":false}', label: HOSTILE },
    });
    const { page, context, problems, requests } = await openPage(browser, `${url}?variant=4401`, { now: NOW });
    const element = page.locator('return-assistant');
    await expect.poll(() => element.getAttribute('weight')).toBe('1814 g');
    // The shopper picks the heavy variant: the theme's select fires change, and the element follows.
    await page.selectOption('select[name="id"]', '4402');
    expect(await element.evaluate((node) => ['variant', 'price', 'weight'].map((name) => node.getAttribute(name)))).toEqual(['4402', '649.99', '15000 g']);

    const panel = widget(page);
    // A label the merchant typed is text, whatever it holds.
    expect(await panel.locator('button.launcher').innerText()).toBe(HOSTILE);
    await panel.locator('button.launcher').click();
    // Neither the seller, the category, the bundle, the price nor the weight is asked.
    for (const text of ['I changed my mind', '11/01/2026', 'Yes, everything is complete']) await answer(panel, text);
    const facts: Facts = {
      ...IMICRO_KEPT,
      invoiceDate: '2026-11-01',
      pricePaidCents: 64_999,
      weightPounds: 15_000 * POUNDS_PER_GRAM,
    };
    const shown = await resultOf(panel);
    expect(shown).toEqual(expected(imicro, facts, NOW));
    // The price and the weight are the picked variant's: $649.99, and over 30 lb (not the first variant's 4 lb).
    expect(shown.total).toBe('$649.99');
    await expect.poll(() => panel.locator('.result').innerText()).toContain('This item weighs over 30 lb');
    expect(await axeViolations(page)).toEqual([]);
    // Every file came from the CDN's flat folder; none was missing.
    expect(requests.filter((request) => request.startsWith(cdn.origin)).map((request) => basename(new URL(request).pathname))).toEqual(
      expect.arrayContaining([
        'return-assistant.js',
        'return-assistant-shopify.js',
        expect.stringMatching(/^load-.*\.js$/),
        expect.stringMatching(/^imicro-en-.*\.js$/),
      ]),
    );
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the Shopify product block', () => {
  const garden = (currency: string) => ({
    product: productObject({ title: 'Smart garden', type: 'Gardens', variants: [{ id: 77, title: 'Default', price: 12_999, weight: 4_000 }] }),
    currency,
    block: {
      policy_json: readFileSync(new URL('../../examples/policies/igarden/policy.json', import.meta.url), 'utf8'),
      seller: 'store',
      category_source: 'none',
      label: HOSTILE,
    },
  });

  it('inline, with the merchant’s own policy: the price the page gives is never asked, and the refund is worked out from it', async () => {
    const { page, context, problems } = await openPage(browser, productPage('/products/garden', garden('USD')), { now: NOW });
    const panel = widget(page);
    // Opened (or inline), it asks the first question at once.
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    const shown = await resultOf(panel);
    expect(shown).toEqual(
      expected(igarden, { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 }),
    );
    // $129.99 less the 3.49% PayPal fee.
    expect(shown.total).toBe('$125.45');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a shopper browsing in euros is asked the price in dollars, and the merchant is told why', async () => {
    const { page, context, problems } = await openPage(browser, productPage('/products/garden-eur', garden('EUR')), { now: NOW });
    const panel = widget(page);
    // Opened (or inline), it asks the first question at once.
    for (const text of ['I changed my mind', '2026-11-10', 'PayPal']) await answer(panel, text);
    await expect.poll(() => panel.locator('.transcript').innerText()).toContain('How much did you pay for it (USD)?');
    await answer(panel, '$129.99');
    expect((await resultOf(panel)).total).toBe('$125.45');
    expect(problems).toEqual(['console: return-assistant: price="129.99" is not in USD, the policy\'s currency; the shopper will be asked']);
    await context.close();
  });
});
