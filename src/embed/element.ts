/**
 * The `<return-assistant>` element. This file is the eager part of the widget:
 * it draws the launcher with no framework and loads the rest (the panel, the
 * conversation and the store's policy) on first hover, focus or click; an inline
 * widget loads it when it comes near the viewport. Nothing here runs outside a browser.
 */
import { languageOfElement, registeredLanguage } from '../conversation/locale.ts';
import type { Facts } from '../policy/facts.ts';
import type { Handle } from './load.ts';
import LAUNCHER_CSS from './launcher.css?inline';

export const TAG = 'return-assistant';
/**
 * The launcher's label, and the line a shopper reads when the rest of the widget cannot load (offline, a chunk gone
 * after the store deployed a new version, an integrity mismatch): the conversation's own catalogue is in that rest.
 */
const TEXT: Record<string, [label: string, failed: string]> = {
  en: ['Can I return this?', 'Couldn’t load. Try again.'],
  es: ['¿Puedo devolverlo?', 'No se pudo cargar. Reintente.'],
  fr: ['Puis-je le retourner\u202f?', 'Échec du chargement. Réessayez.'],
  de: ['Kann ich es zurückgeben?', 'Laden fehlgeschlagen. Erneut versuchen.'],
};

/**
 * Every attribute the element reads, each observed: the first seven say which widget it is (a change draws it afresh),
 * the rest are facts about the product (a change is read again by a conversation under way).
 */
export const ATTRIBUTES = 'policy mode lang label position theme instance category member-tier price currency variant weight seller country region facts'.split(
  ' ',
);

/**
 * The name a setting has in `mount()` options (camelCase; `lang` is `locale`, as a script's `data-locale`).
 * @example settingFor('member-tier') // 'memberTier'; settingFor('lang') // 'locale'
 */
export const settingFor = (attribute: string): string => (attribute === 'lang' ? 'locale' : attribute.replace(/-./g, (dash) => dash[1]!.toUpperCase()));

/** A new `<return-assistant>` with `mount()` options as its attributes. */
export function elementWith(settings: Readonly<Record<string, unknown>>): ReturnAssistantElement {
  const element = document.createElement(TAG) as ReturnAssistantElement;
  for (const attribute of ATTRIBUTES) {
    const value = settings[settingFor(attribute)];
    if (typeof value === 'string' || typeof value === 'number') element.setAttribute(attribute, String(value));
  }
  return element;
}

/**
 * The launcher a script tag configures (`data-policy`, `data-price`, … `data-locale` for `lang`), added to the page
 * once per policy and instance however often the script is included, when the page has been parsed.
 */
export function mountFrom(script: HTMLScriptElement): void {
  const mountOnce = () => {
    const key = `${script.dataset.policy}:${script.dataset.instance ?? 'default'}`;
    if (document.querySelector(`${TAG}[data-mounted-by="${CSS.escape(key)}"]`)) return;
    const element = document.createElement(TAG);
    for (const attribute of ATTRIBUTES) {
      const value = script.getAttribute(`data-${attribute === 'lang' ? 'locale' : attribute}`);
      if (value !== null) element.setAttribute(attribute, value);
    }
    element.dataset.mountedBy = key;
    document.body.append(element);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountOnce, { once: true });
  else mountOnce();
}

let launcherSheet: CSSStyleSheet | null = null;

type Loader = typeof import('./load.ts');
let loader: Promise<Loader> | null = null;
/**
 * The rest of the widget, loaded once for every element on the page. A failed load is forgotten, so the next call
 * imports the same URL again: the HTML standard no longer keeps a failed fetch in the module map (Chromium follows
 * it; in a browser that still does, only a reload helps). Not a fresh URL: the lazy chunks import each
 * other by their plain URLs, so a second copy of one would split the state they share.
 */
export function loadWidget(): Promise<Loader> {
  loader ??= import('./load.ts').catch((error: unknown) => {
    loader = null;
    throw error;
  });
  return loader;
}

/** Connected launchers in the order they came; each side's are stacked in that order, 64 px apart. */
const launchers: HTMLElement[] = [];
function stackLaunchers(): void {
  const stacked = { left: 0, right: 0 };
  for (const element of launchers) {
    const side = element.getAttribute('position') === 'bottom-left' ? 'left' : 'right';
    element.style.setProperty('--ra-b', `${16 + 64 * stacked[side]++}px`);
  }
}

/** In the browser's top layer where there is one: no ancestor's transform, overflow or z-index can trap or cover it. */
function showOnTop(element: HTMLElement): void {
  if (element.showPopover) {
    try {
      element.popover = 'manual';
      element.showPopover();
    } catch {
      // A document that cannot show popovers: the element stays fixed to the viewport, as without them.
    }
  }
}

let nameTaken = false;

/**
 * Registers `<return-assistant>` once; does nothing where there is no DOM. False when the page itself already
 * defined the name (the widget cannot run; said once in the console). Another copy of this widget is fine.
 */
export function defineReturnAssistant(): boolean {
  if (typeof customElements === 'undefined') return false;
  const defined = customElements.get(TAG);
  if (defined) {
    if ('prefill' in defined.prototype) return true;
    if (!nameTaken) console.error(`return-assistant: <${TAG}> is taken by the page; the widget cannot run`);
    nameTaken = true;
    return false;
  }

  class ReturnAssistantElement extends HTMLElement {
    /** A policy given as a JS object (a merchant's own); validated before use. */
    // Declared, not initialised: a value a page (or React) set before the element was defined stays set when it upgrades.
    declare policyData: unknown;
    /** Every setting's attribute: a change is taken at once (a fact, such as another variant's price: read again). */
    static observedAttributes = ATTRIBUTES;
    #root: ShadowRoot | null = null;
    #launcher: HTMLButtonElement | null = null;
    /** An inline widget's place on the page while its panel loads, or says why it could not. */
    #slot: HTMLElement | null = null;
    #status: HTMLElement | null = null;
    /** The mounted panel; null once it failed to load (the next open() tries again). Never rejects. */
    #handle: Promise<Handle | null> | null = null;
    #opened = false;
    /** The panel being shown: settled once it is drawn and focused. */
    #showing: Promise<void> | undefined;
    #pendingFacts: Facts = {};
    #stop: (() => void)[] = [];

    connectedCallback(): void {
      this.#root ??= this.attachShadow({ mode: 'open' });
      if (!launcherSheet) (launcherSheet = new CSSStyleSheet()).replaceSync(LAUNCHER_CSS);
      this.#root.adoptedStyleSheets = [launcherSheet];
      if (this.getAttribute('mode') === 'inline') {
        const slot = document.createElement('div');
        slot.className = 'slot';
        this.#slot = slot;
        this.#root.replaceChildren(slot);
        // Loaded when it comes within a screen of the viewport: fifty order lines do not build fifty panels at once.
        const near = new IntersectionObserver(([entry]) => entry!.isIntersecting && (near.disconnect(), this.#load()), { rootMargin: '100%' });
        near.observe(slot);
        this.#stop.push(() => near.disconnect());
        return;
      }
      const button = document.createElement('button');
      button.className = 'launcher';
      button.part = 'launcher';
      button.ariaExpanded = 'false';
      const label = this.getAttribute('label');
      const language = languageOfElement(this);
      // A language the page registered without a label gets the English one.
      const own = registeredLanguage(language)?.label ?? TEXT[language]?.[0];
      // On a phone the label is read out but not shown: the launcher is a small round "?" that covers less of the page.
      const text = document.createElement('span');
      text.textContent = label || own || TEXT.en![0];
      button.append(text);
      // The label's own language and direction, not the page's: a right-to-left page must not mirror an English label.
      if (!label) button.lang = own ? language : 'en';
      button.dir = 'auto';
      this.#root.replaceChildren(button);
      showOnTop(button);
      this.#launcher = button;
      launchers.push(this);
      stackLaunchers();
      // Loaded when the shopper is about to click (points at it, or tabs to it), never just because the page went idle:
      // most shoppers never open it (issue 13). A failure here is silent: the click tries again and says so.
      const preload = () =>
        void loadWidget()
          .then((widget) => widget.prepare(this, languageOfElement(this)))
          .catch(() => {});
      const toggle = () => (this.#opened ? this.close() : this.open());
      button.addEventListener('pointerenter', preload, { once: true });
      button.addEventListener('focus', preload, { once: true });
      button.addEventListener('click', toggle);
      this.#stop.push(() => {
        button.removeEventListener('pointerenter', preload);
        button.removeEventListener('focus', preload);
        button.removeEventListener('click', toggle);
        launchers.splice(launchers.indexOf(this), 1);
        stackLaunchers();
      });
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      // Before the element is drawn every attribute is read when it is; a value set again unchanged changes nothing.
      if (old === value || !this.#root || !this.isConnected) return;
      // The facts after `instance`: the conversation goes on, on the page's new facts.
      if (ATTRIBUTES.indexOf(name) > 6) void this.#handle?.then((handle) => handle?.refresh());
      else {
        // Another policy, language, label, mode or place: drawn afresh (the answers are saved, and come back).
        this.disconnectedCallback();
        this.connectedCallback();
      }
    }

    disconnectedCallback(): void {
      this.#stop.forEach((stop) => stop());
      this.#stop = [];
      void this.#handle?.then((handle) => handle?.destroy());
      this.#handle = null;
      this.#opened = false;
    }

    /** Loads and mounts the panel once; while it loads the launcher or slot is busy, and a failure is told in one line. */
    #load(): Promise<Handle | null> {
      if (this.#handle) return this.#handle;
      const busy = this.#launcher ?? this.#slot!;
      busy.ariaBusy = 'true';
      this.#slot?.replaceChildren();
      this.#status?.remove();
      const pending: Promise<Handle | null> = loadWidget()
        .then((widget) =>
          widget.mountWidget(this, this.#root!, {
            onClose: this.#launcher ? () => this.close() : null,
            facts: this.#pendingFacts,
            // The launcher's language, for the panel to speak the same one.
            language: languageOfElement(this),
          }),
        )
        .then(
          // Only while this is still the element's load: one left behind by a disconnect is not its to show.
          (handle) => {
            if (this.#handle === pending) this.#slot?.remove();
            return handle;
          },
          () => {
            if (this.#handle === pending) {
              this.#handle = null;
              this.#fail();
            }
            return null;
          },
        )
        .finally(() => (busy.ariaBusy = null));
      this.#handle = pending;
      return pending;
    }

    /** Tells the shopper in one line, in their language; the launcher, or an inline widget's button, tries again. */
    #fail(): void {
      const status = document.createElement('p');
      status.role = 'alert';
      // A language the page registered says it in English: the page gave no words for it.
      const [label, failed] = TEXT[languageOfElement(this)] ?? TEXT.en!;
      status.textContent = failed;
      this.#status = status;
      if (this.#slot) {
        // The launcher's own words: what the button does is start the assistant again.
        const again = document.createElement('button');
        again.textContent = label;
        again.addEventListener('click', () => void this.open());
        this.#slot.replaceChildren(status, again);
      } else {
        this.#root!.append(status);
        showOnTop(status);
      }
    }

    /**
     * Opens the panel (loading it first if needed). True once it is shown; false when it could not load (the
     * shopper is told, and the next call tries again), was closed while loading, or the element is not in the page.
     * Never rejects.
     */
    async open(): Promise<boolean> {
      // Not in the page (removed, or `destroy()`ed): nothing can be shown.
      if (!this.isConnected) return false;
      // Already open, or opening: the answer is that of the opening under way, once it is shown (or not).
      if (this.#opened && this.#launcher) {
        const loaded = (await this.#handle) !== null;
        await this.#showing;
        return loaded && this.#opened;
      }
      this.#opened = true;
      const handle = await this.#load();
      if (!handle || !this.#opened) {
        this.#opened = false;
        return false;
      }
      if (this.#launcher) this.#launcher.ariaExpanded = 'true';
      // The panel says `open` (and `close`), under both names, once it is shown (or hidden).
      this.#showing = handle.show();
      await this.#showing;
      return this.#opened;
    }

    /** Closes an overlay panel and gives focus back to the launcher. An inline panel has no launcher to open it again: it stays. */
    close(): void {
      const launcher = this.#launcher;
      if (!this.#opened || !launcher) return;
      this.#opened = false;
      launcher.ariaExpanded = 'false';
      void this.#handle?.then((handle) => handle?.hide());
      launcher.focus();
    }

    /** Adds facts the page knows (e.g. after the shopper picks a variant); they are never asked. */
    prefill(facts: Facts): void {
      this.#pendingFacts = { ...this.#pendingFacts, ...facts };
      void this.#handle?.then((handle) => handle?.prefill(facts));
    }
  }

  customElements.define(TAG, ReturnAssistantElement);
  return true;
}

export interface ReturnAssistantElement extends HTMLElement {
  policyData: unknown;
  open(): Promise<boolean>;
  close(): void;
  prefill(facts: Facts): void;
}
