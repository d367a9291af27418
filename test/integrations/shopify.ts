/**
 * The Shopify theme app extension's Liquid, rendered as Shopify renders it: liquidjs with the few Shopify tags and
 * filters the blocks use (`{% schema %}`, `asset_url`, `handleize`), Shopify's globals (`product`, `cart`,
 * `request`), and a product object shaped like Shopify's (money in cents, weights in grams).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Liquid, Tag, TypeGuards } from 'liquidjs';
import type { TagToken, TopLevelToken } from 'liquidjs';

export const EXTENSION = fileURLToPath(new URL('../../integrations/shopify/', import.meta.url));
export const source = (path: string) => readFileSync(`${EXTENSION}${path}`, 'utf8');

/** Shopify reads `{% schema %}` for the theme editor and renders nothing of it. */
class SchemaTag extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    while (remainTokens.length) {
      const next = remainTokens.shift()!;
      if (TypeGuards.isTagToken(next) && next.name === 'endschema') return;
    }
    throw new Error('{% schema %} is not closed');
  }
  *render(): Generator<unknown, void, unknown> {}
}

/** The `{% schema %}` of a block, parsed. */
export function schemaOf(block: string): {
  name: string;
  target: string;
  enabled_on?: unknown;
  settings: { id: string; type: string; default?: unknown; options?: { value: string }[] }[];
} {
  const json = /{%\s*schema\s*%}([\s\S]*?){%\s*endschema\s*%}/.exec(source(`blocks/${block}.liquid`))?.[1];
  if (!json) throw new Error(`blocks/${block}.liquid has no schema`);
  return JSON.parse(json);
}

/** The settings a block starts with in the theme editor: each setting's default. */
export function defaultSettings(block: string): Record<string, unknown> {
  return Object.fromEntries(schemaOf(block).settings.map((setting) => [setting.id, setting.default ?? null]));
}

/** Shopify's `handleize`: lower case, runs of anything else than letters and digits as one hyphen. */
const handleize = (text: unknown) =>
  String(text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

export function shopifyLiquid(assetUrl: (name: string) => string): Liquid {
  const engine = new Liquid({ root: [`${EXTENSION}snippets`], extname: '.liquid', strictFilters: true });
  engine.registerTag('schema', SchemaTag);
  engine.registerFilter('asset_url', (name: string) => assetUrl(name));
  engine.registerFilter('handleize', handleize);
  return engine;
}

export interface Variant {
  id: number | string;
  title: string;
  /** Cents, as Shopify gives money. */
  price: number;
  /** Grams, as Shopify gives weights. */
  weight: number;
}

/** A product as Shopify's Liquid `product` object gives it, with `selected_or_first_available_variant` resolved. */
export function productObject(options: { title: string; type: string; category?: string; variants: Variant[]; selected?: Variant['id'] }) {
  const selected = options.variants.find((variant) => variant.id === options.selected) ?? options.variants[0]!;
  return {
    id: 8_001_234_567,
    title: options.title,
    handle: handleize(options.title),
    type: options.type,
    price: selected.price,
    variants: options.variants,
    selected_or_first_available_variant: selected,
    metafields: options.category === undefined ? {} : { return_assistant: { category: { value: options.category, type: 'single_line_text_field' } } },
  };
}

/** Renders a block with its settings (the defaults, then `settings`) and Shopify's globals. */
export function renderBlock(
  engine: Liquid,
  block: 'product' | 'embed',
  globals: { product?: unknown; currency: string; pageType: string },
  settings: Record<string, unknown> = {},
): string {
  const blockSettings = { ...defaultSettings(block), ...settings };
  if (block === 'product') blockSettings.product ??= null;
  return engine.parseAndRenderSync(
    source(`blocks/${block}.liquid`),
    { block: { id: `${block}-1`, shopify_attributes: '', settings: blockSettings } },
    {
      globals: {
        product: globals.product ?? null,
        cart: { currency: { iso_code: globals.currency } },
        request: { page_type: globals.pageType, locale: { iso_code: 'en' } },
      },
    },
  );
}
