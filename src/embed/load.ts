/**
 * The lazily loaded half of the element: resolves the store's policy (built in, or
 * the merchant's own, validated), gathers what the page knows about the product,
 * and mounts the panel.
 */
import {
  dateExample,
  decideAhead,
  directionOf,
  formatDate,
  formatMoney,
  hasSavedAnswers,
  loadMessages,
  localeOf,
  machineFor,
  openAhead,
  sessionStorageAccess,
  warmUpMachines,
} from '../conversation/index.ts';
import type { Locale } from '../conversation/index.ts';
import { systemTimeZone } from '../policy/index.ts';
import { loadBuiltInPolicy } from '../policy/policies/index.ts';
import type { Facts, Policy } from '../policy/index.ts';
import { mountPanel, panelStyles, renderFallback } from '../ui/mount.tsx';
import { pageJsonLd, productFacts } from './product.ts';
import { nextTask } from './tasks.ts';

export interface Handle {
  /** Shows the panel: settled once it is drawn and has the focus. */
  show: () => Promise<void>;
  hide: () => void;
  prefill: (facts: Facts) => void;
  /** Reads the page's facts again (an attribute changed: another variant, another price). */
  refresh: () => void;
  destroy: () => void;
}

/** Attributes that name a choice fact of the policy, and the fact each sets. */
const CHOICE_ATTRIBUTES: Record<string, string> = { seller: 'soldBy', category: 'category', 'member-tier': 'memberTier', country: 'country', region: 'region' };

/** Built-in policies by id and language, one object shared by every widget on the page: so one machine is built for all. */
const builtIn = new Map<string, Policy>();

/** The store's policy: a built-in one, or else the page's own (read by a module only such pages load). Null (and a console error naming the problem) when unusable. */
async function resolvePolicy(element: HTMLElement & { policyData?: unknown }, locale: Locale): Promise<Policy | null> {
  const id = element.getAttribute('policy') ?? '';
  const key = `${id}/${locale}`;
  const loaded =
    element.policyData === undefined && !element.querySelector(':scope > script[type="application/json"]') && (await loadBuiltInPolicy(id, locale));
  if (!loaded) {
    const { ownPolicy } = await import('./own-policy.ts');
    return ownPolicy(element);
  }
  // Widgets that loaded it at the same time all take the first copy.
  if (!builtIn.has(key)) builtIn.set(key, loaded);
  return builtIn.get(key)!;
}

/** What each element was told in the console about its facts: said once, not again each time its facts are read. */
const told = new WeakMap<HTMLElement, Set<string>>();

/** What the page already knows, from the element's attributes and the page's Product data. */
async function pageFacts(element: HTMLElement, policy: Policy, locale: Locale): Promise<Facts> {
  let said = told.get(element);
  if (!said) told.set(element, (said = new Set()));
  const warn = (message: string) => {
    if (said.has(message)) return;
    said.add(message);
    console.error(`return-assistant: ${message}`);
  };
  const facts: Facts = {};
  const json = element.getAttribute('facts');
  if (json) {
    try {
      const given: unknown = JSON.parse(json);
      if (typeof given !== 'object' || given === null || Array.isArray(given)) throw new Error('not an object');
      // Own keys only; the policy module checks every value and reports what it cannot use.
      for (const key of Object.keys(given)) facts[key] = (given as Record<string, Facts[string]>)[key];
    } catch (error) {
      warn(`facts="${json}" is not a JSON object of facts (${(error as Error).message}); it was ignored`);
    }
  }
  for (const [attribute, fact] of Object.entries(CHOICE_ATTRIBUTES)) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    const options = Object.hasOwn(policy.facts, fact) ? Object.keys(policy.facts[fact]!.options ?? {}) : [];
    if (options.includes(value)) facts[fact] = value;
    else warn(`${attribute}="${value}" is not one of this policy's ${fact} options (${options.join(', ') || 'none'}); it was ignored`);
  }
  return { ...facts, ...(await productFacts(element, { url: location.href, jsonLd: pageJsonLd }, policy.store.currency, locale, warn)) };
}

/**
 * The name its conversation is saved under: `instance` or `id`; else `default` for a launcher (the store's launcher
 * so follows the shopper from page to page), and for an unnamed inline widget (one per order line, say) this page
 * and its place among them: each keeps its own conversation after a reload.
 */
function instanceOf(element: HTMLElement): string {
  const name = element.getAttribute('instance') || element.id;
  if (name || element.getAttribute('mode') !== 'inline') return name || 'default';
  const unnamed = (element.getRootNode() as ParentNode).querySelectorAll(`${element.localName}[mode=inline]:not([instance]):not([id])`);
  return `${location.pathname}#${[...unnamed].indexOf(element) + 1}`;
}

/** Settles after the browser's next frame is drawn (at once where there are no frames: a hidden tab). */
const afterFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve));
  });

/** Runs `work` when the browser is idle after its next paint (soon in any case). */
const afterPaint = (work: () => void): void =>
  void requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1_000 }) : setTimeout(work, 100)));

/** Runs each piece of work in an idle moment of its own, in order, after the next paint; a piece that fails is skipped. */
function inIdleMoments(pieces: (() => unknown)[]): void {
  const next = () => {
    try {
      pieces.shift()?.();
    } catch {}
    if (pieces.length > 0) afterPaint(next);
  };
  afterPaint(next);
}

/** Each element's preparation, and what it was prepared for (its policy and language: another of either starts afresh). */
const prepared = new WeakMap<HTMLElement, { for: string; ready: Promise<{ policy: Policy | null; locale: Locale }> }>();

/**
 * Loads what a panel needs (the store's policy, the shopper's language, the conversation machine) ahead of
 * the first click: called when the shopper points at the launcher or tabs to it.
 */
export function prepare(element: HTMLElement & { policyData?: unknown }, language: string): Promise<{ policy: Policy | null; locale: Locale }> {
  // The launcher's language (the element chose it, so the two always agree), as precisely as the page says it ("en-GB").
  const locale = localeOf(element, language);
  const wanted = `${element.getAttribute('policy')}|${locale}`;
  let ready = prepared.get(element)?.for === wanted ? prepared.get(element)!.ready : undefined;
  if (!ready) {
    ready = Promise.all([resolvePolicy(element, locale), loadMessages(locale)]).then(async ([policy]) => {
      // Each a task of its own: the machine, then the shopper's time zone, which every conversation needs (read through
      // Temporal where the browser has it; else the first date formatter a page makes loads the browser's date formats,
      // 50–240 ms on a slow phone).
      await nextTask();
      if (policy) warmUpMachines(policy);
      await nextTask();
      if (policy) machineFor(policy);
      await nextTask();
      systemTimeZone();
      return { policy, locale };
    });
    // A chunk that failed to load (offline, gone after a deploy) is tried again next time: the element says so meanwhile.
    ready.catch(() => prepared.delete(element));
    prepared.set(element, { for: wanted, ready });
  }
  return ready;
}

/** Mounts the panel for a `<return-assistant>` element into its shadow root. */
export async function mountWidget(
  element: HTMLElement & { policyData?: unknown },
  root: ShadowRoot,
  options: { onClose: (() => void) | null; facts: Facts; language: string },
): Promise<Handle> {
  const { policy, locale } = await prepare(element, options.language);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, panelStyles()];
  const overlay = options.onClose !== null;
  const container = document.createElement('div');
  container.className = overlay ? `overlay${element.getAttribute('position') === 'bottom-left' ? ' left' : ''}` : 'inline';
  // Hidden until it is whole: an inline panel drawn in an earlier frame than the one its slot leaves would push the
  // page below it down by a panel's height, then back (a slow phone draws frames between the pieces of opening).
  container.hidden = true;
  // The panel speaks its catalogue's language, in that language's direction, whatever the page's.
  container.lang = locale;
  container.dir = directionOf(locale);
  root.append(container);
  // An overlay is shown in the browser's top layer where there is one: no ancestor's transform, overflow or z-index
  // (a product card the merchant put the element in) can clip or cover it.
  const topLayer = overlay && typeof container.showPopover === 'function';
  if (topLayer) container.popover = 'manual';
  // Events under both names, as the element's own (`return-assistant:open`, `return-assistant-open` for JSX), with the
  // policy's id: the one inside policy data the page gave, or the attribute.
  const dispatch = (name: string, detail: object = {}) => {
    const id: unknown = policy?.id ?? (element.policyData as { id?: unknown } | null | undefined)?.id;
    for (const separator of [':', '-']) {
      element.dispatchEvent(
        new CustomEvent(`return-assistant${separator}${name}`, {
          bubbles: true,
          composed: true,
          detail: { policy: typeof id === 'string' ? id : element.getAttribute('policy'), ...detail },
        }),
      );
    }
  };
  /** Shows or hides the panel; `open` and `close` are told when it does either. */
  let open = false;
  const setShown = (shown: boolean) => {
    if (open !== shown) dispatch(shown ? 'open' : 'close');
    open = shown;
    container.hidden = !shown;
    if (topLayer && container.isConnected && container.matches(':popover-open') !== shown) {
      if (shown) container.showPopover();
      else container.hidePopover();
    }
  };

  if (!policy) {
    renderFallback(container, locale, null);
    container.hidden = overlay;
    return { show: async () => setShown(true), hide: () => setShown(false), prefill: () => {}, refresh: () => {}, destroy: () => container.remove() };
  }
  let given = options.facts;
  // The work of opening is done in pieces (the policy and the machine; the page's facts; the first question drawn;
  // shown and laid out), each a task of its own, so that none holds a slow phone's main thread for long.
  await nextTask();
  const hostFacts = { ...(await pageFacts(element, policy, locale)), ...given };
  // The first question, found before the first search where it can be (a few runs of the rules); the search itself,
  // in steps (the richest policies' takes a slow phone a second in one piece), once the question is drawn, while the
  // shopper reads it: an answer waits for it. Should either fail, the conversation's own start below fails the same
  // way, and is cleaned up.
  const situation = { policy, hostFacts, now: Date.now(), timeZone: systemTimeZone() };
  const instance = instanceOf(element);
  await openAhead(situation, nextTask, { restoring: hasSavedAnswers(sessionStorageAccess, policy, instance) }).catch(() => {});
  // Facts the page changes start the conversation afresh, on a search of their own: this one, if still going, stops.
  let stale = false;
  const pauseSearch = () => (stale ? Promise.reject(new Error('the page changed its facts')) : nextTask());
  let searched: Promise<void> | null = null;
  const searchAhead = () => (searched ??= decideAhead(situation, pauseSearch).catch(() => {}));
  await nextTask();
  let panel: Awaited<ReturnType<typeof mountPanel>>;
  try {
    panel = await mountPanel(
      container,
      {
        policy,
        hostFacts,
        now: situation.now,
        beforeAnswer: searchAhead,
        locale,
        instance,
        onClose: options.onClose,
        dispatch,
      },
      nextTask,
    );
  } catch (error) {
    // Nothing half-built is left behind for the next attempt to stack on.
    container.remove();
    throw error;
  }

  // On phones the on-screen keyboard shrinks the visual viewport: keep the input above it.
  // A page zoomed with CSS `zoom` scales the panel's pixels too: the viewport is measured in the element's own pixels.
  const fitToViewport = () => {
    // The host element is display: contents and has no zoom of its own: its parent's is the page's. Read before the
    // panel is shown, so that reading it does not make the browser lay the new panel out there and then.
    const zoom = (element.parentElement as (Element & { currentCSSZoom?: number }) | null)?.currentCSSZoom || 1;
    element.style.setProperty('--ra-viewport-height', `${(window.visualViewport?.height ?? window.innerHeight) / zoom}px`);
    element.style.setProperty('--ra-viewport-width', `${(window.visualViewport?.width ?? window.innerWidth) / zoom}px`);
  };
  await nextTask();
  // The first amount or date a page formats makes the browser load its locale data: 60–170 ms in one piece on a slow
  // phone (Chromium at 4× CPU, on a page doing nothing else). Loaded while the shopper reads the first question, rather
  // than when they answer it, in pieces that each load part of it (measured there: none over 45 ms): the language's
  // likely region and script, the calendars, the numbering systems, then an amount and dates formatted. (Where
  // Temporal is, the shopper's time zone is read without any of them.) Only once the first question is drawn: an idle
  // moment between the frame that lays out an arriving panel and the one that draws it would hold the question back.
  let formatsLoading = false;
  const loadFormats = () => {
    if (formatsLoading) return;
    formatsLoading = true;
    inIdleMoments([
      () => new Intl.Locale(locale).maximize(),
      () => Intl.supportedValuesOf?.('calendar'),
      () => Intl.supportedValuesOf?.('numberingSystem'),
      () => formatMoney(0, policy.store.currency, locale),
      () => dateExample(locale),
      () => formatDate('2026-11-20', locale),
    ]);
  };
  // An inline panel is drawn as it is mounted, in the same task as its slot leaves (the element takes the slot out as
  // this settles); an overlay once it is shown.
  if (!overlay) {
    container.hidden = false;
    panel.scrollToLatest();
    void afterFrame().then(searchAhead);
    loadFormats();
  }
  return {
    async show() {
      fitToViewport();
      // An overlay that appears is laid out in one frame while still invisible, then drawn and given the focus in the
      // next: two pieces of work, and the focus never makes the browser lay the whole panel out there and then.
      const arriving = overlay && !open;
      container.classList.toggle('arriving', arriving);
      setShown(true);
      window.visualViewport?.addEventListener('resize', fitToViewport);
      if (arriving) await afterFrame();
      container.classList.remove('arriving');
      // Closed again meanwhile (Escape at once): the focus has gone back to the launcher.
      if (open) panel.focus();
      // Once the frame that draws the question is drawn.
      void afterFrame().then(searchAhead);
      loadFormats();
    },
    hide() {
      setShown(false);
      window.visualViewport?.removeEventListener('resize', fitToViewport);
    },
    prefill(facts) {
      given = { ...given, ...facts };
      stale = true;
      panel.prefill(facts);
    },
    // What the page's attributes say now, and what it handed over by prefill(), which an attribute cannot undo.
    refresh: () =>
      void pageFacts(element, policy, locale).then((facts) => {
        stale = true;
        panel.setFacts({ ...facts, ...given });
      }),
    destroy() {
      window.visualViewport?.removeEventListener('resize', fitToViewport);
      panel.destroy();
      container.remove();
    },
  };
}
