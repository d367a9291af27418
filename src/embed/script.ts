/**
 * The script-tag entry: `<script type="module" src="…/return-assistant.js" data-policy="imicro">`.
 * Registers the element and mounts one launcher per configuration, even if the script is included twice.
 */
import { attributeFor, defineReturnAssistant, SETTINGS, TAG } from './element.ts';

export { mount, defineReturnAssistant } from './index.ts';

function mountFromScripts(): void {
  const own = new URL(import.meta.url);
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-policy]')) {
    if (!script.src || new URL(script.src, location.href).pathname !== own.pathname) continue;
    const key = `${script.dataset.policy}:${script.dataset.instance ?? 'default'}`;
    if (document.querySelector(`${TAG}[data-mounted-by="${CSS.escape(key)}"]`)) continue;
    const element = document.createElement(TAG);
    element.dataset.mountedBy = key;
    for (const setting of SETTINGS) {
      const value = script.dataset[setting];
      if (value !== undefined) element.setAttribute(attributeFor(setting), value);
    }
    document.body.append(element);
  }
}

// Where the page already took the name for something else, nothing is mounted (the console says why).
if (typeof document !== 'undefined' && defineReturnAssistant()) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountFromScripts, { once: true });
  else mountFromScripts();
}
