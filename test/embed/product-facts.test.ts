/** What a product page tells the widget: a price only in the store's currency, weights in any unit, the variant on show. */
import { describe, expect, it } from 'vitest';
import { productFacts } from '../../src/embed/product.ts';
import { priceFromJsonLd } from '../../src/embed/product-json-ld.ts';
import type { Facts } from '../../src/policy/index.ts';

const PAGE = 'https://shop.example/products/coat';
const KG = 2.20462262185;

/** The facts an element with these attributes gives on a USD store, and what it reports to the console. */
async function factsOf(attributes: Record<string, string>, options: { jsonLd?: unknown[]; url?: string; locale?: 'en' | 'es' } = {}) {
  const warnings: string[] = [];
  const facts = await productFacts(
    { getAttribute: (name: string) => attributes[name] ?? null },
    { url: options.url ?? PAGE, jsonLd: () => options.jsonLd ?? [] },
    'USD',
    options.locale ?? 'en',
    (message) => warnings.push(message),
  );
  return { facts, warnings };
}

describe('the price and currency attributes', () => {
  it.each([
    [{ price: '549.99' }, { pricePaidCents: 54_999 }],
    [{ price: '549.99', currency: 'USD' }, { pricePaidCents: 54_999 }],
    [{ price: '549.99', currency: 'usd' }, { pricePaidCents: 54_999 }],
    [{ price: '$1,299.99' }, { pricePaidCents: 129_999 }],
    [{ price: '1 299,99 USD' }, { pricePaidCents: 129_999 }],
    [{ price: ' 49 ' }, { pricePaidCents: 4_900 }],
    // Another currency is never read as the store's: the shopper is asked.
    [{ price: '49.00', currency: 'EUR' }, {}],
    [{ price: '€49' }, {}],
    [{ price: '49 EUR', currency: 'USD' }, {}],
    [{ price: '$49', currency: 'EUR' }, {}],
    [{ price: 'forty-nine' }, {}],
  ] as [Record<string, string>, Facts][])('%j gives %j', async (attributes, expected) => {
    expect((await factsOf(attributes)).facts).toEqual(expected);
  });

  it('says why a price in another currency is not used', async () => {
    expect((await factsOf({ price: '49.00', currency: 'EUR' })).warnings).toEqual([
      'price="49.00" is not in USD, the policy\'s currency; the shopper will be asked',
    ]);
    expect((await factsOf({ price: '€49' })).warnings).toEqual(['price="€49" is not in USD, the policy\'s currency; the shopper will be asked']);
  });

  it('reads a price whose currency is no currency code as not the store’s', async () => {
    expect(await factsOf({ price: '49.00', currency: 'dollars' })).toEqual({
      facts: {},
      warnings: ['price="49.00" is not in USD, the policy\'s currency; the shopper will be asked'],
    });
  });

  it('takes the price attribute over the page’s JSON-LD', async () => {
    const jsonLd = [{ '@type': 'Product', offers: { '@type': 'Offer', price: '10.00', priceCurrency: 'USD' } }];
    expect((await factsOf({ price: '20.00' }, { jsonLd })).facts).toEqual({ pricePaidCents: 2_000 });
    expect((await factsOf({}, { jsonLd })).facts).toEqual({ pricePaidCents: 1_000 });
  });

  it('does not use a JSON-LD price in another currency, and says so', async () => {
    const jsonLd = [{ '@type': 'Product', offers: { '@type': 'Offer', price: 10, priceCurrency: 'EUR' } }];
    const { facts, warnings } = await factsOf({}, { jsonLd });
    expect(facts).toEqual({});
    expect(warnings).toEqual(["the page's schema.org price 10 is not in USD, the policy's currency; the shopper will be asked"]);
  });
});

describe('the weight attribute', () => {
  it.each([
    ['4 lb', 4],
    ['4 lbs', 4],
    ['4 LB', 4],
    ['2 kg', 2 * KG],
    ['1.5 kg', 1.5 * KG],
    ['500 g', 0.5 * KG],
    ['1814.37 g', 1.81437 * KG],
    ['8 oz', 0.5],
    ['12', 12],
    ['1 lb 8 oz', 1.5],
  ])('“%s” is %f lb', async (weight, pounds) => {
    expect((await factsOf({ weight })).facts.weightPounds).toBeCloseTo(pounds, 9);
  });

  it.each(['1,500 g', 'heavy', '0 kg', '5 stone', '-2 lb'])('“%s” is reported and asked', async (weight) => {
    const { facts, warnings } = await factsOf({ weight });
    expect(facts).toEqual({});
    expect(warnings).toEqual([`weight="${weight.toLowerCase()}" is not a weight such as "5 kg", "500 g", "12 lb" or "8 oz"; the shopper will be asked`]);
  });

  it('reads a Spanish shopper’s page the same way', async () => {
    expect((await factsOf({ weight: '2.5 kg' }, { locale: 'es' })).facts.weightPounds).toBeCloseTo(2.5 * KG, 9);
    expect((await factsOf({ weight: '300 gramos' }, { locale: 'es' })).facts.weightPounds).toBeCloseTo(0.3 * KG, 9);
  });
});

/** A coat in three sizes, as Shopify's structured data and Google's examples write a ProductGroup. */
const variantOf = (id: number, sku: string, price: string) => ({
  '@type': 'Product',
  '@id': `/products/coat?variant=${id}#variant`,
  sku,
  offers: { '@type': 'Offer', price, priceCurrency: 'USD', url: `${PAGE}?variant=${id}` },
});
const coat = {
  '@context': 'https://schema.org',
  '@type': 'ProductGroup',
  productGroupID: 'coat',
  variesBy: 'https://schema.org/size',
  hasVariant: [variantOf(101, 'COAT-S', '89.00'), variantOf(102, 'COAT-M', '89.00'), variantOf(103, 'COAT-XL', '99.00')],
};

describe('the price in the page’s JSON-LD', () => {
  const price = (documents: unknown[], variant: string | null = null, pageUrl = PAGE) => priceFromJsonLd(documents, { variant, pageUrl })?.price ?? null;

  it.each([
    ['the variant in the URL', '102', '89.00'],
    ['the variant by SKU', 'COAT-XL', '99.00'],
    ['the variant by id', '103', '99.00'],
    ['a variant that is not on the page', '999', null],
    ['no variant, and the prices differ', null, null],
  ])('a ProductGroup: %s', (_, variant, expected) => expect(price([coat], variant)).toBe(expected));

  it('a ProductGroup whose variants share a price needs no variant', () => {
    const group = { ...coat, hasVariant: coat.hasVariant.slice(0, 2) };
    expect(price([group])).toBe('89.00');
  });

  it('a ProductGroup whose variants are nodes of their own, named by @id in a @graph', () => {
    const variants = coat.hasVariant.map((variant) => ({ ...variant, '@id': `#${variant.sku}` }));
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [...variants, { ...coat, hasVariant: variants.map((variant) => ({ '@id': variant['@id'] })) }],
    };
    expect(price([graph], 'COAT-XL')).toBe('99.00');
    // The group decides, not the first variant listed before it.
    expect(price([graph])).toBeNull();
  });

  it('a Product with one offer per variant (a ?variant= URL each)', () => {
    const product = { '@type': 'Product', name: 'Coat', offers: coat.hasVariant.map((variant) => variant.offers) };
    expect(price([product], '103')).toBe('99.00');
    expect(price([product])).toBeNull();
    expect(price([{ ...product, offers: product.offers.slice(0, 2) }])).toBe('89.00');
  });

  it('a plain Product: its offer, a number or a string, with its currency', () => {
    expect(
      priceFromJsonLd([{ '@type': 'Product', offers: { '@type': 'Offer', price: 549.99, priceCurrency: 'USD' } }], { variant: null, pageUrl: PAGE }),
    ).toEqual({
      price: '549.99',
      currency: 'USD',
    });
    expect(price([[{ '@type': 'Organization' }, { '@type': ['Product', 'Thing'], offers: [{ price: '5' }, { price: '5.00' }] }]])).toBe('5');
  });

  it.each([
    ['no Product', [{ '@type': 'Organization', name: 'Shop' }]],
    ['an offer without a price', [{ '@type': 'Product', offers: { '@type': 'AggregateOffer', lowPrice: '5', highPrice: '9' } }]],
    [
      'offers in two currencies',
      [
        {
          '@type': 'Product',
          offers: [
            { price: '5', priceCurrency: 'USD' },
            { price: '5', priceCurrency: 'CAD' },
          ],
        },
      ],
    ],
    ['not JSON-LD at all', [null, 'text', 42]],
  ])('%s: no price', (_, documents) => expect(price(documents)).toBeNull());

  it('the selected variant’s price reaches the facts: from the URL, or from the variant attribute first', async () => {
    expect((await factsOf({}, { jsonLd: [coat], url: `${PAGE}?variant=103` })).facts).toEqual({ pricePaidCents: 9_900 });
    expect((await factsOf({ variant: '101' }, { jsonLd: [coat], url: `${PAGE}?variant=103` })).facts).toEqual({ pricePaidCents: 8_900 });
    expect(await factsOf({}, { jsonLd: [coat] })).toEqual({ facts: {}, warnings: [] });
  });
});
