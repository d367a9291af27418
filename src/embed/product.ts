/**
 * What the page says about the product on show: its price and currency (the `price` and `currency` attributes, or
 * the page's schema.org JSON-LD) and its weight (the `weight` attribute). A price in another currency than the
 * store's policy, or a price that depends on a variant nobody picked, is never used: the shopper is asked instead.
 */
import type { Locale } from '../conversation/locale.ts';
import { parseWeight, readAmount } from '../conversation/parse.ts';
import type { Facts } from '../policy/facts.ts';

/** Every JSON-LD document of the page that parses; a page's broken JSON-LD is its own business. */
export function pageJsonLd(): unknown[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      return [JSON.parse(script.textContent ?? '') as unknown];
    } catch {
      return [];
    }
  });
}

/** Where the page is, and its JSON-LD (read only when the element gives no price). */
export interface PageContext {
  url: string;
  jsonLd: () => unknown[];
}

/**
 * The price (in the store's currency only) and the weight the element's attributes or the page give, as facts.
 * What cannot be used is reported with `warn` and left for the shopper to answer. A currency that is not a currency
 * code is not the store's either.
 * @example await productFacts(element, { url: location.href, jsonLd: pageJsonLd }, 'USD', 'en', console.error)
 */
export async function productFacts(
  element: Pick<Element, 'getAttribute'>,
  page: PageContext,
  storeCurrency: string,
  locale: Locale,
  warn: (message: string) => void,
): Promise<Facts> {
  const facts: Facts = {};
  const given = (name: string) => element.getAttribute(name)?.trim() || null;
  const price = given('price');
  const documents = price ? [] : page.jsonLd();
  // Most pages give the price: the JSON-LD reader is loaded only by those that leave it to their JSON-LD.
  const offer = price
    ? { price, currency: given('currency') }
    : documents.length
      ? (await import('./product-json-ld.ts')).priceFromJsonLd(documents, {
          variant: given('variant') ?? new URL(page.url).searchParams.get('variant'),
          pageUrl: page.url,
        })
      : null;
  if (offer) {
    const source = price ? `price="${price}"` : `the page's schema.org price ${offer.price}`;
    const currency = (offer.currency ?? given('currency') ?? storeCurrency).toUpperCase();
    // A sign or code in the text must agree too: "€49" is not 49 dollars.
    const cents = currency === storeCurrency ? readAmount(offer.price, { currency, locale }) : 'other-currency';
    if (typeof cents === 'number') facts.pricePaidCents = cents;
    else warn(`${source} is ${cents === 'other-currency' ? `not in ${storeCurrency}, the policy's currency` : 'not an amount'}; the shopper will be asked`);
  }
  const weight = given('weight')?.toLowerCase();
  // "1,500 g" is 1.5 g or 1500 g depending on the writer: an attribute writes a dot for the decimal point and no thousands separator.
  const pounds = weight && !/\d,\d{3}(?!\d)/.test(weight) ? parseWeight(weight, locale) : null;
  if (pounds) facts.weightPounds = pounds.pounds;
  else if (weight) warn(`weight="${weight}" is not a weight such as "5 kg", "500 g", "12 lb" or "8 oz"; the shopper will be asked`);
  return facts;
}
