/**
 * The lazily loaded half of the element: resolves the store's policy (built in, or
 * the merchant's own, validated), gathers what the page knows about the product,
 * and mounts the panel.
 */
import { directionOf, loadMessages, machineFor } from '../conversation/index.ts';
import type { Locale } from '../conversation/index.ts';
import { parseAmount, parseWeight } from '../conversation/parse.ts';
import { BUILT_IN_POLICY_IDS, loadBuiltInPolicy } from '../policy/policies/index.ts';
import type { Facts, Policy } from '../policy/index.ts';
import { mountPanel, panelStyles, renderFallback } from '../ui/mount.tsx';

export interface Handle {
  show: () => void;
  hide: () => void;
  prefill: (facts: Facts) => void;
  destroy: () => void;
}

/** Attributes that name a choice fact of the policy, and the fact each sets. */
const CHOICE_ATTRIBUTES: Record<string, string> = { seller: 'soldBy', category: 'category', 'member-tier': 'memberTier', country: 'country', region: 'region' };

function warn(message: string): void {
  console.error(`return-assistant: ${message}`);
}

/** The policy: inline JSON child, a JS object, or a built-in id. Null (and a console error naming the problem) when unusable. */
async function resolvePolicy(element: HTMLElement & { policyData?: unknown }, locale: Locale): Promise<Policy | null> {
  let data: unknown = element.policyData;
  const inline = element.querySelector(':scope > script[type="application/json"]');
  if (data === undefined && inline) {
    try {
      data = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      warn(`the inline policy is not valid JSON (${(error as Error).message})`);
      return null;
    }
  }
  if (data !== undefined) {
    const { validatePolicy } = await import('../policy/validate.ts');
    const result = validatePolicy(data);
    if (!result.ok) {
      warn(`the policy data is invalid:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
      return null;
    }
    return result.policy;
  }
  const id = element.getAttribute('policy') ?? '';
  if (id === 'json-ld') {
    // The store already publishes schema.org MerchantReturnPolicy for search engines: that is the policy.
    const [{ policyFromJsonLd }, { validatePolicy }] = await Promise.all([import('../policy/json-ld.ts'), import('../policy/validate.ts')]);
    const documents: unknown[] = [];
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        documents.push(JSON.parse(script.textContent ?? ''));
      } catch {
        // A page's broken JSON-LD is its own business: the others are still read.
      }
    }
    const input = policyFromJsonLd(documents, { storeName: document.title || undefined });
    if (!input) {
      warn('policy="json-ld", but the page has no schema.org MerchantReturnPolicy');
      return null;
    }
    const result = validatePolicy(input);
    if (!result.ok) {
      warn(`the page's MerchantReturnPolicy could not be read:\n${result.errors.map((error) => `  ${error}`).join('\n')}`);
      return null;
    }
    return result.policy;
  }
  const builtIn = loadBuiltInPolicy(id, locale);
  if (!builtIn) {
    warn(`unknown policy "${id}": use one of ${[...BUILT_IN_POLICY_IDS, 'json-ld'].join(', ')}, or give your own policy data`);
    return null;
  }
  return builtIn;
}

/** Price and currency of the page's schema.org Product, if it has one. */
function productFromJsonLd(): { price?: string; currency?: string } {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const nodes = (Array.isArray(data) ? data : [data]).flatMap((node) =>
        node && typeof node === 'object' && Array.isArray((node as Record<string, unknown>)['@graph']) ? (node as { '@graph': unknown[] })['@graph'] : [node],
      );
      for (const node of nodes) {
        if (!node || typeof node !== 'object' || (node as Record<string, unknown>)['@type'] !== 'Product') continue;
        const offers = (node as Record<string, unknown>).offers;
        const offer = (Array.isArray(offers) ? offers[0] : offers) as Record<string, unknown> | undefined;
        if (offer && (typeof offer.price === 'string' || typeof offer.price === 'number')) {
          return { price: String(offer.price), currency: typeof offer.priceCurrency === 'string' ? offer.priceCurrency : undefined };
        }
      }
    } catch {
      // A page's broken JSON-LD is its own business: ignore it.
    }
  }
  return {};
}

/** What the page already knows, from the element's attributes and the page's Product data. */
function pageFacts(element: HTMLElement, policy: Policy, locale: Locale): Facts {
  const facts: Facts = {};
  const json = element.getAttribute('facts');
  if (json) {
    try {
      const given: unknown = JSON.parse(json);
      if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new Error('not an object');
      // Own keys only; the policy module checks every value and reports what it cannot use.
      for (const key of Object.keys(given)) facts[key] = (given as Record<string, Facts[string]>)[key];
    } catch (error) {
      warn(`facts="${json}" is not a JSON object of facts (${(error as Error).message}); it was ignored`);
    }
  }
  for (const [attribute, fact] of Object.entries(CHOICE_ATTRIBUTES)) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    const options = Object.prototype.hasOwnProperty.call(policy.facts, fact) ? Object.keys(policy.facts[fact]!.options ?? {}) : [];
    if (options.includes(value)) facts[fact] = value;
    else warn(`${attribute}="${value}" is not one of this policy's ${fact} options (${options.join(', ') || 'none'}); it was ignored`);
  }
  const product = productFromJsonLd();
  const price = element.getAttribute('price') ?? (product.currency === undefined || product.currency === policy.store.currency ? product.price : undefined);
  if (price) {
    const cents = parseAmount(price.replace(/\s/g, ''));
    if (cents === null) warn(`price="${price}" is not an amount; the shopper will be asked`);
    else facts.pricePaidCents = cents;
  }
  const weight = element.getAttribute('weight');
  if (weight) {
    const pounds = parseWeight(weight.trim().toLowerCase(), locale);
    if (!pounds) warn(`weight="${weight}" is not a weight such as "12 lb" or "5 kg"; the shopper will be asked`);
    else facts.weightPounds = pounds.pounds;
  }
  return facts;
}

const prepared = new WeakMap<HTMLElement, Promise<{ policy: Policy | null; locale: Locale }>>();

/**
 * Loads what a panel needs (the store's policy, the shopper's language, the conversation machine) ahead of
 * the first click: called when the browser is idle or the shopper points at the launcher.
 */
export function prepare(element: HTMLElement & { policyData?: unknown }, locale: Locale): Promise<{ policy: Policy | null; locale: Locale }> {
  let ready = prepared.get(element);
  if (!ready) {
    ready = Promise.all([resolvePolicy(element, locale).catch(() => null), loadMessages(locale)]).then(([policy]) => {
      if (policy) machineFor(policy);
      return { policy, locale };
    });
    prepared.set(element, ready);
  }
  return ready;
}

/** Mounts the panel for a `<return-assistant>` element into its shadow root. */
export async function mountWidget(
  element: HTMLElement & { policyData?: unknown },
  root: ShadowRoot,
  options: { onClose: (() => void) | null; facts: Facts; locale: Locale },
): Promise<Handle> {
  const { policy, locale } = await prepare(element, options.locale);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, panelStyles()];
  const overlay = options.onClose !== null;
  const container = document.createElement('div');
  container.className = overlay ? `overlay${element.getAttribute('position') === 'bottom-left' ? ' left' : ''}` : 'inline';
  container.hidden = overlay;
  // The panel speaks its catalogue's language, in that language's direction, whatever the page's.
  container.lang = locale;
  container.dir = directionOf(locale);
  root.append(container);
  // An overlay is shown in the browser's top layer where there is one: no ancestor's transform, overflow or z-index
  // (a product card the merchant put the element in) can clip or cover it.
  const topLayer = overlay && typeof container.showPopover === 'function';
  if (topLayer) container.popover = 'manual';
  const setShown = (shown: boolean) => {
    container.hidden = !shown;
    if (topLayer && container.isConnected && container.matches(':popover-open') !== shown) {
      if (shown) container.showPopover();
      else container.hidePopover();
    }
  };

  if (!policy) {
    renderFallback(container, locale, null);
    return { show: () => setShown(true), hide: () => setShown(false), prefill: () => {}, destroy: () => container.remove() };
  }
  const panel = mountPanel(container, {
    policy,
    hostFacts: { ...pageFacts(element, policy, locale), ...options.facts },
    locale,
    instance: element.getAttribute('instance') || element.id || 'default',
    onClose: options.onClose,
    dispatch: (name, detail) => element.dispatchEvent(new CustomEvent(`return-assistant:${name}`, { bubbles: true, composed: true, detail: { policy: policy.id, ...detail } })),
  });

  // On phones the on-screen keyboard shrinks the visual viewport: keep the input above it.
  // A page zoomed with CSS `zoom` scales the panel's pixels too: the viewport is measured in the element's own pixels.
  const fit = () => {
    // The host element is display: contents and has no zoom of its own; the shown container has the page's.
    const zoom = (container as Element & { currentCSSZoom?: number }).currentCSSZoom || 1;
    element.style.setProperty('--ra-viewport-height', `${(window.visualViewport?.height ?? window.innerHeight) / zoom}px`);
    element.style.setProperty('--ra-viewport-width', `${(window.visualViewport?.width ?? window.innerWidth) / zoom}px`);
  };
  return {
    show() {
      setShown(true);
      fit();
      window.visualViewport?.addEventListener('resize', fit);
      panel.focus();
    },
    hide() {
      setShown(false);
      window.visualViewport?.removeEventListener('resize', fit);
    },
    prefill: (facts) => panel.prefill(facts),
    destroy() {
      window.visualViewport?.removeEventListener('resize', fit);
      panel.destroy();
      container.remove();
    },
  };
}
