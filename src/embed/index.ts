/**
 * The ES module API:
 *
 *   import { mount } from '…/return-assistant-api.js';
 *   const widget = mount(document.querySelector('#returns'), { policy: 'igarden', mode: 'inline' });
 *   widget.prefill({ pricePaidCents: 59_900 });
 *
 * Importing it where there is no DOM (server rendering, Node) does nothing; `mount` needs a browser.
 */
import type { Facts } from '../policy/facts.ts';
import { defineReturnAssistant, elementWith } from './element.ts';
import type { ReturnAssistantElement } from './element.ts';

export interface MountOptions {
  /** A built-in policy id (`imicro`, `igarden`) or a merchant's own policy data, validated before use. */
  policy: string | object;
  mode?: 'launcher' | 'inline';
  locale?: string;
  label?: string;
  position?: 'bottom-right' | 'bottom-left';
  theme?: 'light' | 'dark' | 'auto';
  instance?: string;
  /** The product's category, one of the policy's `category` options. */
  category?: string;
  /** The shopper's member tier, one of the policy's `memberTier` options. */
  memberTier?: string;
  /** The price, `'549.99'` or `549.99`. */
  price?: string | number;
  /** The price's currency, an ISO 4217 code (`'EUR'`); a price in another currency than the policy's is asked instead. */
  currency?: string;
  /** The variant on show (an id or SKU), to pick its price from the page's schema.org `ProductGroup`. */
  variant?: string | number;
  /** `'4 lb'`, `'2 kg'`, `'500 g'`, `'8 oz'`. */
  weight?: string;
  country?: string;
  region?: string;
  /** Who sold it, one of the policy's `soldBy` options. */
  seller?: string;
  /** Facts the page knows, in the facts vocabulary; never asked. */
  facts?: Facts;
}

export interface WidgetHandle {
  element: HTMLElement;
  /** True once the panel is shown; false when it could not load (the shopper is told; call again to retry). Never rejects. */
  open: () => Promise<boolean>;
  close: () => void;
  prefill: (facts: Facts) => void;
  destroy: () => void;
}

/**
 * Mounts a return assistant inside `target`.
 * @example mount(document.body, { policy: 'imicro' }).open()
 */
export function mount(target: Element, options: MountOptions): WidgetHandle {
  if (!defineReturnAssistant()) {
    // The page's own <return-assistant> holds the name (said once in the console): a handle that does nothing.
    return { element: document.createElement('div'), open: async () => false, close() {}, prefill() {}, destroy() {} };
  }
  // A policy id is an attribute, set with the others; policy data is handed over as it is.
  const element = elementWith(options as unknown as Record<string, unknown>);
  if (typeof options.policy !== 'string') element.policyData = options.policy;
  if (options.facts) element.prefill(options.facts);
  target.append(element);
  return {
    element,
    open: () => element.open(),
    close: () => element.close(),
    prefill: (facts) => element.prefill(facts),
    destroy: () => element.remove(),
  };
}

export { defineReturnAssistant };
export { registerLanguage } from '../conversation/locale.ts';
export type { Language } from '../conversation/locale.ts';
export type { Facts, ReturnAssistantElement };
export type { ReturnAssistantAttributes, ReturnAssistantEventDetail, ReturnAssistantEventMap, ReturnAssistantEventName } from './types.ts';
