/**
 * The classic-script entry (`<script src="…/return-assistant.classic.js" data-policy="igarden" defer>`), for
 * pages that cannot load modules. Everything is in this one file; settings come from the script tag.
 */
import { attributeFor, defineReturnAssistant, TAG } from './element.ts';

const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
// Where the page already took the name for something else, nothing is mounted (the console says why).
if (defineReturnAssistant() && script?.dataset.policy) {
  const mountOnce = () => {
    const key = `${script.dataset.policy}:${script.dataset.instance ?? 'default'}`;
    if (document.querySelector(`${TAG}[data-mounted-by="${CSS.escape(key)}"]`)) return;
    const element = document.createElement(TAG);
    element.dataset.mountedBy = key;
    for (const [name, value] of Object.entries(script.dataset)) {
      const attribute = attributeFor(name);
      if (value !== undefined && attribute !== 'mounted-by') element.setAttribute(attribute, value);
    }
    document.body.append(element);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountOnce, { once: true });
  else mountOnce();
}
