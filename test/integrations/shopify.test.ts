/** The Shopify theme app extension's Liquid, rendered: the settings it offers and the element it writes. */
import { describe, expect, it } from 'vitest';
import { defaultSettings, productObject, renderBlock, schemaOf, shopifyLiquid, source } from './shopify.ts';
import type { Variant } from './shopify.ts';

const engine = shopifyLiquid((name) => `https://cdn.shopify.example/extensions/ra/assets/${name}?v=1`);
const HOSTILE = `"><img src=x onerror="alert(1)"><script>alert('x')</script>&amp;`;
const coatVariants: Variant[] = [
  { id: 101, title: 'S', price: 8_900, weight: 1_200 },
  { id: 102, title: 'M', price: 8_900, weight: 1_250 },
  { id: 103, title: 'XL', price: 9_900, weight: 0 },
];
const coat = (selected?: number) =>
  productObject({ title: 'Wool coat', type: 'Outer Wear', category: 'standard', variants: coatVariants, ...(selected ? { selected } : {}) });

const decode = (text: string) =>
  text.replace(/&(#34|#39|quot|lt|gt|amp);/g, (_, name: string) => ({ '#34': '"', '#39': "'", quot: '"', lt: '<', gt: '>', amp: '&' })[name]!);

/**
 * The attributes of each `<return-assistant>` tag written. Read the way a browser ends a tag (at the first ">"), so
 * an unescaped value would cut the tag short and lose the attributes after it.
 */
function elements(html: string): Record<string, string>[] {
  return [...html.matchAll(/<return-assistant\b([^>]*)>/g)].map(([, attributes]) => {
    const found = [...attributes!.matchAll(/\s([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, decode(value!)] as const);
    // Nothing in the tag but attributes: a stray quote or tag would be left over.
    expect(attributes!.replace(/\s([a-z-]+)="([^"]*)"/g, '').trim()).toBe('');
    return Object.fromEntries(found);
  });
}

const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map(([, src]) => src);

describe('the blocks’ settings', () => {
  it.each(['product', 'embed'])('%s: every setting the snippet reads is one the block offers, once, with a valid default', (block) => {
    const { settings } = schemaOf(block);
    const ids = settings.map((setting) => setting.id);
    expect(new Set(ids).size).toBe(ids.length);
    const read = [...source('snippets/return-assistant.liquid').matchAll(/\bblock_settings\.([a-z_]+)/g)].map(([, id]) => id!);
    expect(new Set(read).size).toBeGreaterThanOrEqual(8);
    expect(read.filter((id) => !ids.includes(id))).toEqual([]);
    for (const setting of settings.filter((each) => each.type === 'select')) expect(setting.options!.map((option) => option.value)).toContain(setting.default);
  });

  it('the app block is for product pages, inside a section; the embed goes in the body of every page', () => {
    expect(schemaOf('product')).toMatchObject({ target: 'section', enabled_on: { templates: ['product'] } });
    expect(schemaOf('embed').target).toBe('body');
    expect(defaultSettings('product')).toMatchObject({ mode: 'inline', category_source: 'metafield' });
    expect(defaultSettings('embed')).toMatchObject({ product_facts: true });
  });
});

describe('the product block', () => {
  it('writes the selected variant’s price (cents as an amount), the shopper’s currency, its weight in grams and the category', () => {
    const html = renderBlock(engine, 'product', { product: coat(102), currency: 'CAD', pageType: 'product' }, { policy: 'imicro' });
    const [element, ...others] = elements(html);
    expect(others).toEqual([]);
    expect(element).toEqual({
      policy: 'imicro',
      mode: 'inline',
      position: 'bottom-right',
      variant: '102',
      price: '89.00',
      currency: 'CAD',
      weight: '1250 g',
      category: 'standard',
      'data-variants': JSON.stringify(coatVariants.map(({ id, price, weight }) => ({ id, price, grams: weight }))),
    });
    expect(scriptsOf(html)).toEqual([
      'https://cdn.shopify.example/extensions/ra/assets/return-assistant.js?v=1',
      'https://cdn.shopify.example/extensions/ra/assets/return-assistant-shopify.js?v=1',
    ]);
    expect(html).toMatch(/<script type="module" src="[^"]*return-assistant\.js\?v=1"><\/script>/);
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [54_999, '549.99'],
    [123_456_789, '1234567.89'],
  ])('%i cents is written %s', (cents, amount) => {
    const product = productObject({ title: 'Thing', type: '', variants: [{ id: 1, title: 'Default', price: cents, weight: 10 }] });
    expect(elements(renderBlock(engine, 'product', { product, currency: 'USD', pageType: 'product' }))[0]!.price).toBe(amount);
  });

  it('a variant without a weight gives none (the shopper is asked if it matters)', () => {
    expect(elements(renderBlock(engine, 'product', { product: coat(103), currency: 'USD', pageType: 'product' }))[0]).not.toHaveProperty('weight');
  });

  it.each([
    ['metafield', 'standard'],
    ['type', 'outer-wear'],
    ['none', undefined],
  ])('category from %s', (categorySource, category) => {
    const [element] = elements(renderBlock(engine, 'product', { product: coat(), currency: 'USD', pageType: 'product' }, { category_source: categorySource }));
    expect(element!.category).toBe(category);
  });

  it('takes the product the merchant picked in the block over the page’s', () => {
    const other = productObject({ title: 'Scarf', type: 'Accessories', variants: [{ id: 7, title: 'Default', price: 1_500, weight: 90 }] });
    const [element] = elements(renderBlock(engine, 'product', { product: coat(), currency: 'USD', pageType: 'product' }, { product: other }));
    expect(element).toMatchObject({ variant: '7', price: '15.00', weight: '90 g' });
  });
});

describe('hostile values from the shop', () => {
  it('a title, a product type, a metafield and settings never leave their attribute', () => {
    const product = productObject({ title: HOSTILE, type: HOSTILE, category: HOSTILE, variants: [{ id: HOSTILE, title: HOSTILE, price: 100, weight: 5 }] });
    const settings = { policy: HOSTILE, label: HOSTILE, language: HOSTILE, seller: HOSTILE, facts: `{"note":${JSON.stringify(HOSTILE)}}` };
    const html = renderBlock(engine, 'product', { product, currency: HOSTILE, pageType: 'product' }, settings);
    const [element] = elements(html);
    expect(element).toMatchObject({ policy: HOSTILE, label: HOSTILE, lang: HOSTILE, seller: HOSTILE, category: HOSTILE, currency: HOSTILE, variant: HOSTILE });
    expect(JSON.parse(element!.facts!)).toEqual({ note: HOSTILE });
    expect(JSON.parse(element!['data-variants']!)).toEqual([{ id: HOSTILE, price: 100, grams: 5 }]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain("<script>alert('x')");
  });

  it('a policy pasted as JSON keeps its "</script>" inside the script, and reads back the same', () => {
    const policy = { id: 'shop', quote: `Returns </script><script>alert(1)</script> within 30 days` };
    const html = renderBlock(engine, 'product', { product: coat(), currency: 'USD', pageType: 'product' }, { policy_json: JSON.stringify(policy) });
    const inline = [...html.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)].map(([, json]) => json!);
    expect(inline).toHaveLength(1);
    expect(JSON.parse(inline[0]!)).toEqual(policy);
    expect(elements(html)[0]).not.toHaveProperty('policy');
  });
});

describe('the app embed', () => {
  it('on a product page: a launcher with the product’s facts', () => {
    const [element] = elements(renderBlock(engine, 'embed', { product: coat(101), currency: 'USD', pageType: 'product' }, { policy: 'imicro' }));
    expect(element).toMatchObject({
      policy: 'imicro',
      mode: 'launcher',
      variant: '101',
      price: '89.00',
      currency: 'USD',
      weight: '1200 g',
      category: 'standard',
    });
  });

  it.each([
    ['on another page', 'collection', {}],
    ['with product facts turned off', 'product', { product_facts: false }],
  ])('%s: a launcher without product facts, and without the variant script', (_, pageType, settings) => {
    const html = renderBlock(engine, 'embed', { product: coat(), currency: 'USD', pageType }, { policy: 'imicro', ...settings });
    expect(elements(html)).toEqual([{ policy: 'imicro', mode: 'launcher', position: 'bottom-right' }]);
    expect(scriptsOf(html)).toEqual(['https://cdn.shopify.example/extensions/ra/assets/return-assistant.js?v=1']);
  });
});
