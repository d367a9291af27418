/**
 * The script-tag entry: `<script type="module" src="…/return-assistant.js" data-policy="imicro">`.
 * Registers the element and mounts one launcher per configuration, even if the script is included twice.
 */
import { defineReturnAssistant, TAG } from './element.ts';

export { mount, defineReturnAssistant, registerLanguage } from './index.ts';

/** `data-*` settings of the script tag, and the element attribute each becomes. */
const SETTINGS: Record<string, string> = {
  policy: 'policy',
  locale: 'lang',
  label: 'label',
  position: 'position',
  mode: 'mode',
  theme: 'theme',
  instance: 'instance',
  category: 'category',
  price: 'price',
  weight: 'weight',
  seller: 'seller',
  memberTier: 'member-tier',
  country: 'country',
  region: 'region',
  facts: 'facts',
};

function mountFromScripts(): void {
  const own = new URL(import.meta.url);
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-policy]')) {
    if (!script.src || new URL(script.src, location.href).pathname !== own.pathname) continue;
    const key = `${script.dataset.policy}:${script.dataset.instance ?? 'default'}`;
    if (document.querySelector(`${TAG}[data-mounted-by="${CSS.escape(key)}"]`)) continue;
    const element = document.createElement(TAG);
    element.dataset.mountedBy = key;
    for (const [setting, attribute] of Object.entries(SETTINGS)) {
      const value = script.dataset[setting];
      if (value !== undefined) element.setAttribute(attribute, value);
    }
    document.body.append(element);
  }
}

if (typeof document !== 'undefined') {
  defineReturnAssistant();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountFromScripts, { once: true });
  else mountFromScripts();
}
