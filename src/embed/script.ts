/**
 * The script-tag entry: `<script type="module" src="…/return-assistant.js" data-policy="imicro">`.
 * Registers the element and mounts one launcher per configuration, even if the script is included twice.
 */
import { defineReturnAssistant, mountFrom } from './element.ts';

export { defineReturnAssistant };

// Where the page already took the name for something else, nothing is mounted (the console says why).
// Nothing happens where there is no DOM (server rendering, Node): no custom elements, so nothing is defined.
if (defineReturnAssistant()) {
  // This file's own tags (not another copy's, nor another script's data-policy).
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[data-policy]')) if (script.src === import.meta.url) mountFrom(script);
}
