/**
 * The price of the product a page describes in schema.org JSON-LD, read only when it is certain which offer the
 * shopper is looking at. Loaded only for pages that give the widget no `price` attribute but have JSON-LD.
 */
type JsonNode = Record<string, unknown>;
export interface OfferPrice {
  price: string;
  currency: string | null;
}

const isNode = (value: unknown): value is JsonNode => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const isType = (node: JsonNode, type: string) => listOf(node['@type']).includes(type);

/** A variant or an offer is the one named `variant` by its SKU or id, or by a `?variant=` in its URL (Shopify's way). */
function isVariant(node: JsonNode, variant: string, pageUrl: string): boolean {
  const offers = listOf(node.offers).filter(isNode);
  const ids = [node.sku, node.productID, node.identifier, ...offers.map((offer) => offer.sku)];
  if (ids.some((id) => (typeof id === 'string' || typeof id === 'number') && String(id) === variant)) return true;
  return [node.url, node['@id'], ...offers.map((offer) => offer.url)].some((url) => {
    try {
      return typeof url === 'string' && new URL(url, pageUrl).searchParams.get('variant') === variant;
    } catch {
      return false;
    }
  });
}

/** The price all `offers` share, or null when there is none or they differ (then it depends on the variant). */
function sharedPrice(offers: JsonNode[]): OfferPrice | null {
  const prices = offers.map((offer) =>
    typeof offer.price === 'string' || typeof offer.price === 'number'
      ? { price: String(offer.price), currency: typeof offer.priceCurrency === 'string' ? offer.priceCurrency : null }
      : null,
  );
  const [first] = prices;
  return first && prices.every((other) => other && Number(other.price) === Number(first.price) && other.currency === first.currency) ? first : null;
}

/**
 * The price of the product a page's JSON-LD describes: a `ProductGroup`'s variant (`hasVariant`), or a `Product`'s
 * offer, chosen by `variant` (an id, a SKU, or the `?variant=` of its URL); with none chosen, the price every variant
 * shares. Null when the page has no such price, or when it depends on a variant that is not known.
 * @example priceFromJsonLd([{ '@type': 'Product', offers: { price: '49.00', priceCurrency: 'USD' } }], { variant: null, pageUrl: location.href })
 */
export function priceFromJsonLd(documents: unknown[], { variant, pageUrl }: { variant: string | null; pageUrl: string }): OfferPrice | null {
  const nodes = documents
    .flatMap(listOf)
    .flatMap((node) => (isNode(node) && Array.isArray(node['@graph']) ? node['@graph'] : [node]))
    .filter(isNode);
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'], node]));
  // A group's variants may also be listed as Products of their own: the group, which knows them all, decides.
  const groups = nodes.filter((node) => isType(node, 'ProductGroup'));
  const product = (groups.length ? groups : nodes.filter((node) => isType(node, 'Product')))[0];
  if (!product) return null;
  // Each variant of a group (perhaps a reference to a node by its @id), or each offer of a product.
  const choices = listOf(groups.length ? product.hasVariant : product.offers)
    .filter(isNode)
    .map((node) => (typeof node['@id'] === 'string' && byId.get(node['@id'])) || node);
  const offersOf = (choice: JsonNode) => ('price' in choice ? [choice] : listOf(choice.offers).filter(isNode));
  const chosen = variant ? choices.filter((choice) => isVariant(choice, variant, pageUrl)) : [];
  return sharedPrice(chosen.length === 1 ? offersOf(chosen[0]!) : choices.flatMap(offersOf));
}
