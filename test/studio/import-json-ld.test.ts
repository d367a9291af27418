/** Starting from a store's published schema.org MerchantReturnPolicy: pasted JSON-LD, or a product page's HTML. */
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/policy/index.ts';
import { jsonLdDocuments, policyTextFromJsonLd } from '../../src/studio/import-json-ld.ts';

const returnPolicy = {
  '@context': 'https://schema.org',
  '@type': 'MerchantReturnPolicy',
  applicableCountry: 'US',
  returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
  merchantReturnDays: 30,
  returnFees: 'https://schema.org/FreeReturn',
};
const product = {
  '@context': 'https://schema.org',
  '@type': 'Product',
  name: 'Mug',
  offers: { '@type': 'Offer', price: '12.00', priceCurrency: 'EUR', hasMerchantReturnPolicy: returnPolicy },
};
const page = `<!doctype html><html><head><title>Mug</title>
<script type="application/ld+json">{ "@context": "https://schema.org", "@type": "BreadcrumbList" }</script>
<script type='application/ld+json'>${JSON.stringify(product)}</script>
</head><body><h1>Mug</h1><script>var x = 1;</script></body></html>`;

describe('pasted JSON-LD', () => {
  it('becomes a valid policy', () => {
    const imported = policyTextFromJsonLd(JSON.stringify(returnPolicy));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const validation = validatePolicy(JSON.parse(imported.text));
    expect(validation.ok).toBe(true);
  });

  it('is read from a product page’s HTML, every ld+json block and no other script', () => {
    expect(jsonLdDocuments(page).documents).toHaveLength(2);
    const imported = policyTextFromJsonLd(page);
    expect(imported.ok).toBe(true);
    if (imported.ok) expect((JSON.parse(imported.text) as { store: { currency: string } }).store.currency).toBe('EUR');
  });

  it('skips a broken block, saying so, and reads the others', () => {
    const imported = policyTextFromJsonLd(page.replace('"BreadcrumbList" }', '"BreadcrumbList"'));
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(imported.problems.join()).toMatch(/block 1 does not parse/);
  });
});

describe('an import that fails says why', () => {
  it.each([
    ['', /Nothing was pasted/],
    ['{ "@type": "MerchantReturnPolicy", ', /does not parse \(line 1/],
    ['<html><body>No data here</body></html>', /no <script type="application\/ld\+json">/],
    [JSON.stringify({ '@type': 'Product', name: 'Mug' }), /no schema.org MerchantReturnPolicy/],
  ])('%j', (pasted, reason) => {
    const imported = policyTextFromJsonLd(pasted);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.reason).toMatch(reason);
  });
});
