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
import { attributeFor, defineReturnAssistant, SETTINGS, TAG } from './element.ts';
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
  const element = document.createElement(TAG) as ReturnAssistantElement;
  // A policy id is an attribute, set with the others below; policy data is handed over as it is.
  if (typeof options.policy !== 'string') element.policyData = options.policy;
  for (const setting of SETTINGS) {
    const value = options[setting as keyof MountOptions];
    if (typeof value === 'string' || typeof value === 'number') element.setAttribute(attributeFor(setting), String(value));
  }
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
export type { Facts };
