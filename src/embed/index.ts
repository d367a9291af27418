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
import { defineReturnAssistant, TAG } from './element.ts';
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
  open: () => Promise<void>;
  close: () => void;
  prefill: (facts: Facts) => void;
  destroy: () => void;
}

const ATTRIBUTES: [keyof MountOptions, string][] = [
  ['mode', 'mode'],
  ['locale', 'lang'],
  ['label', 'label'],
  ['position', 'position'],
  ['theme', 'theme'],
  ['instance', 'instance'],
  ['category', 'category'],
  ['memberTier', 'member-tier'],
  ['price', 'price'],
  ['country', 'country'],
  ['region', 'region'],
  ['weight', 'weight'],
  ['seller', 'seller'],
];

/**
 * Mounts a return assistant inside `target`.
 * @example mount(document.body, { policy: 'imicro' }).open()
 */
export function mount(target: Element, options: MountOptions): WidgetHandle {
  defineReturnAssistant();
  const element = document.createElement(TAG) as ReturnAssistantElement;
  if (typeof options.policy === 'string') element.setAttribute('policy', options.policy);
  else element.policyData = options.policy;
  for (const [option, attribute] of ATTRIBUTES) {
    const value = options[option];
    if (typeof value === 'string' || typeof value === 'number') element.setAttribute(attribute, String(value));
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
export { registerLanguage } from '../conversation/locale.ts';
export type { Language } from '../conversation/locale.ts';
export type { Facts };
