/**
 * The `<return-assistant>` element. This file is the eager part of the widget:
 * it draws the launcher with no framework and loads the rest (the panel, the
 * conversation and the store's policy) on first hover, focus or click, or when
 * the browser is idle. Nothing here runs outside a browser.
 */
import { languageOf, localeOf, registeredLanguage } from '../conversation/locale.ts';
import type { Facts } from '../policy/facts.ts';
import type { Handle } from './load.ts';

export const TAG = 'return-assistant';
const LABELS: Record<string, string> = { en: 'Can I return this?', es: '¿Puedo devolverlo?', fr: 'Puis-je le retourner ?', de: 'Kann ich es zurückgeben?' };
const LAUNCHER_CSS = `
:host{all:initial;display:contents}
.launcher{position:fixed;inset:auto 16px 16px auto;margin:0;overflow:visible;z-index:2147483647;display:inline-flex;align-items:center;gap:8px;
min-height:48px;min-width:48px;padding:0 18px;border:0;border-radius:var(--ra-radius,24px);cursor:pointer;
font:600 16px/1.2 var(--ra-font,system-ui,sans-serif);letter-spacing:normal;text-transform:none;
background:var(--ra-accent,#0b57d0);color:var(--ra-accent-text,#fff);box-shadow:0 4px 16px rgba(0,0,0,.25);visibility:visible;opacity:1}
:host([position=bottom-left]) .launcher{inset:auto auto 16px 16px}
.launcher:focus-visible{outline:3px solid var(--ra-accent,#0b57d0);outline-offset:3px;box-shadow:0 0 0 6px #fff}
.launcher[hidden]{display:none}
@media (max-width:480px){.launcher[aria-expanded=true]{display:none}
.launcher{width:48px;padding:0;justify-content:center;border-radius:50%}
.launcher::before{content:"?"/"";font-size:22px}
.launcher span{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}}`;

let launcherSheet: CSSStyleSheet | null = null;

type Loader = typeof import('./load.ts');
let loader: Promise<Loader> | null = null;
/** The rest of the widget, loaded once for every element on the page. */
export function loadWidget(): Promise<Loader> {
  loader ??= import('./load.ts');
  return loader;
}

/** Registers `<return-assistant>` once; does nothing where there is no DOM. */
export function defineReturnAssistant(): void {
  if (typeof window === 'undefined' || typeof customElements === 'undefined' || customElements.get(TAG)) return;

  class ReturnAssistantElement extends HTMLElement {
    /** A policy given as a JS object (a merchant's own); validated before use. */
    policyData: unknown = undefined;
    #root: ShadowRoot | null = null;
    #launcher: HTMLButtonElement | null = null;
    #handle: Promise<Handle> | null = null;
    #opened = false;
    #pendingFacts: Facts = {};
    #stop: (() => void)[] = [];

    connectedCallback(): void {
      this.#root ??= this.attachShadow({ mode: 'open' });
      launcherSheet ??= new CSSStyleSheet();
      if (!launcherSheet.cssRules.length) launcherSheet.replaceSync(LAUNCHER_CSS);
      this.#root.adoptedStyleSheets = [launcherSheet];
      if (this.getAttribute('mode') === 'inline') {
        void this.#mount();
        return;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'launcher';
      button.setAttribute('part', 'launcher');
      button.setAttribute('aria-expanded', 'false');
      const label = this.getAttribute('label');
      const language = localeOf(this);
      // A language the page registered without a label gets the English one.
      const own = registeredLanguage(languageOf(language))?.label ?? LABELS[languageOf(language)];
      // On a phone the label is read out but not shown: the launcher is a small round "?" that covers less of the page.
      const text = document.createElement('span');
      text.textContent = label || own || LABELS.en!;
      button.append(text);
      // The label's own language and direction, not the page's: a right-to-left page must not mirror an English label.
      if (!label) button.lang = own ? language : 'en';
      button.dir = 'auto';
      this.#root.replaceChildren(button);
      // In the browser's top layer where there is one: no ancestor's transform, overflow or z-index can trap or cover it.
      if (button.showPopover) {
        try {
          button.popover = 'manual';
          button.showPopover();
        } catch {
          // A document that cannot show popovers: the launcher stays fixed to the viewport, as without them.
        }
      }
      this.#launcher = button;
      const preload = () => void loadWidget().then((widget) => widget.prepare(this, localeOf(this)));
      const toggle = () => (this.#opened ? this.close() : this.open());
      button.addEventListener('pointerenter', preload, { once: true });
      button.addEventListener('focus', preload, { once: true });
      button.addEventListener('click', toggle);
      const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 2_000));
      const cancelIdle = window.cancelIdleCallback ?? clearTimeout;
      const idleId = idle(preload, { timeout: 5_000 });
      this.#stop.push(() => {
        button.removeEventListener('pointerenter', preload);
        button.removeEventListener('focus', preload);
        button.removeEventListener('click', toggle);
        cancelIdle(idleId as number);
      });
    }

    disconnectedCallback(): void {
      this.#stop.forEach((stop) => stop());
      this.#stop = [];
      void this.#handle?.then((handle) => handle.destroy());
      this.#handle = null;
      this.#opened = false;
    }

    #mount(): Promise<Handle> {
      this.#handle ??= loadWidget().then((widget) =>
        widget.mountWidget(this, this.#root!, {
          onClose: this.getAttribute('mode') === 'inline' ? null : () => this.close(),
          facts: this.#pendingFacts,
          // Chosen here, as the launcher's label is, so the two always agree.
          locale: localeOf(this),
        }),
      );
      return this.#handle;
    }

    /** Opens the panel (loading it first if needed). */
    async open(): Promise<void> {
      if (this.#opened && this.getAttribute('mode') !== 'inline') return;
      this.#opened = true;
      this.#launcher?.setAttribute('aria-expanded', 'true');
      const handle = await this.#mount();
      if (!this.#opened) return;
      handle.show();
      this.#emit('open');
    }

    /** Closes an overlay panel and gives focus back to the launcher. */
    close(): void {
      if (!this.#opened) return;
      this.#opened = false;
      this.#launcher?.setAttribute('aria-expanded', 'false');
      void this.#handle?.then((handle) => handle.hide());
      this.#launcher?.focus();
      this.#emit('close');
    }

    /** Adds facts the page knows (e.g. after the shopper picks a variant); they are never asked. */
    prefill(facts: Facts): void {
      this.#pendingFacts = { ...this.#pendingFacts, ...facts };
      void this.#handle?.then((handle) => handle.prefill(facts));
    }

    #emit(name: string): void {
      this.dispatchEvent(new CustomEvent(`return-assistant:${name}`, { bubbles: true, composed: true, detail: { policy: this.#policyId() } }));
    }

    /** The policy's id for events: the attribute, or the id inside policy data the page gave. */
    #policyId(): string | null {
      const data = this.policyData;
      if (data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string') return (data as { id: string }).id;
      return this.getAttribute('policy');
    }
  }

  customElements.define(TAG, ReturnAssistantElement);
}

export interface ReturnAssistantElement extends HTMLElement {
  policyData: unknown;
  open(): Promise<void>;
  close(): void;
  prefill(facts: Facts): void;
}
