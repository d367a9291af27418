/**
 * The script-tag entry: `<script type="module" src="…/return-assistant.js" data-policy="imicro">`.
 * Registers the element and mounts one launcher per configuration, even if the script is included twice.
 */
import { defineReturnAssistant, elementWith, TAG } from './element.ts';

export { defineReturnAssistant };

function mountFromScripts(): void {
  const own = new URL(import.meta.url);
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-policy]')) {
    if (!script.src || new URL(script.src, location.href).pathname !== own.pathname) continue;
    const key = `${script.dataset.policy}:${script.dataset.instance ?? 'default'}`;
    if (document.querySelector(`${TAG}[data-mounted-by="${CSS.escape(key)}"]`)) continue;
    const element = elementWith(script.dataset);
    element.dataset.mountedBy = key;
    document.body.append(element);
  }
}

// Where the page already took the name for something else, nothing is mounted (the console says why).
if (typeof document !== 'undefined' && defineReturnAssistant()) {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountFromScripts, { once: true });
  else mountFromScripts();
}
