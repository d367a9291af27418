/**
 * The classic-script entry (`<script src="…/return-assistant.classic.js" data-policy="igarden" defer>`), for
 * pages that cannot load modules. Everything is in this one file; settings come from the script tag.
 */
import { defineReturnAssistant, mountFrom } from './element.ts';

const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
// Where the page already took the name for something else, nothing is mounted (the console says why).
if (defineReturnAssistant() && script?.dataset.policy) mountFrom(script);
