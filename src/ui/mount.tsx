/**
 * The lazily loaded part of the widget: starts the conversation and renders the
 * panel into the element's shadow root. Loaded on first hover, focus or click of
 * the launcher.
 */
import { signal } from '@preact/signals';
import { render } from 'preact';
import { describeDecision, faultyAhead, fill, hasCalendarDeadline, messagesFor, startConversation } from '../conversation/index.ts';
import type { Locale, StorageAccess } from '../conversation/index.ts';
import { localDateAt } from '../policy/index.ts';
import type { Facts, Policy, SettledDecision } from '../policy/index.ts';
import { connect } from './adapter.ts';
import type { ConversationSnapshot } from './adapter.ts';
import { Panel } from './components/Panel.tsx';
import styles from './styles.css?inline';

export interface PanelOptions {
  policy: Policy;
  hostFacts: Facts;
  locale: Locale;
  instance: string;
  /** Closes an overlay panel; null for an inline panel. */
  onClose: (() => void) | null;
  /** Analytics events on the host element: never anything the shopper typed. */
  dispatch: (name: 'answer' | 'decision', detail: Record<string, unknown>) => void;
  storage?: StorageAccess;
  /** The moment the conversation is checked at (the one a decision was worked out for ahead); now by default. */
  now?: number;
  /**
   * Settles once the search the first answer needs is done (started by then if it is not): a conversation that opened
   * on the first question alone takes no answer before it.
   */
  beforeAnswer?: () => Promise<unknown>;
}

export interface PanelHandle {
  /** Adds facts the page learned (never asked). */
  prefill: (facts: Facts) => void;
  /** Replaces the page's facts (read again after an attribute changed). */
  setFacts: (facts: Facts) => void;
  /** Brings the newest message (or the result card's top) into view: the panel is being shown. */
  scrollToLatest: () => void;
  /** The same, and the focus on the reply, input or result heading the shopper needs. */
  focus: () => void;
  destroy: () => void;
}

let sheet: CSSStyleSheet | null = null;
/** The panel's stylesheet, built once and shared by every widget on the page. */
export function panelStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet;
}

function download(container: HTMLElement, name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs the conversation and renders the panel into `container`. The conversation is started, then `pause` is awaited
 * (the next task, on a slow phone), then the panel is drawn: two pieces of work of their own.
 */
export async function mountPanel(container: HTMLElement, options: PanelOptions, pause: () => Promise<void> = async () => {}): Promise<PanelHandle> {
  const copied = signal(false);
  /** What the page was told last: the answers (key, value and "I don't know" of each) and the decision. */
  const told = { answers: [] as string[], decision: null as string | null };
  let first = true;
  /** Changes taken and not yet drawn are counted: the panel is busy until the last is drawn. */
  let changes = 0;

  /** A conversation started on these facts: drawn, and told to the page, once `attach` is called. */
  const open = (hostFacts: Facts, now = Date.now()) => {
    const actor = startConversation({
      policy: options.policy,
      hostFacts,
      now,
      locale: options.locale,
      instance: options.instance,
      ...(options.storage ? { storage: options.storage } : {}),
    });
    // The shopper's answer is taken in a task after their click, and drawn in the next; a result's card is worded in
    // one more task before it is drawn: each a piece of work of its own on a slow phone. Meanwhile the panel says it is
    // busy (to assistive technology, and to a page's tests), until its last change is drawn.
    const busy = () => {
      container.ariaBusy = 'true';
      return ++changes;
    };
    const idle = (mine: number) => {
      if (mine === changes) container.ariaBusy = null;
    };
    const take = (send: () => void) => {
      const mine = busy();
      void pause()
        .then(options.beforeAnswer)
        .then(send)
        // A change the answer made is drawn, and the panel is busy until then; an answer that changed nothing is done.
        .finally(() => idle(mine))
        .catch((error: unknown) => console.error('return-assistant:', error));
    };
    const model = connect(
      actor,
      (show) => {
        const mine = busy();
        void pause()
          .then(async () => {
            const snapshot = actor.getSnapshot();
            const { decision, policy, locale } = snapshot.context;
            if (decision.settled && snapshot.matches('decided')) {
              const view = describeDecision(decision, policy, locale);
              await pause();
              // Whether a check as a fault is worth offering: the policy's decisions for it, in steps, kept for the check.
              if (view.stillPossible?.situation) await faultyAhead(actor.getSnapshot().context, pause);
            }
          })
          // Should wording it fail, drawing it fails the same way, and says so there.
          .catch(() => {})
          .then(() => {
            idle(mine);
            show();
          })
          .catch((error: unknown) => console.error('return-assistant:', error));
      },
      take,
    );
    const takeAway = () => {
      const { context } = actor.getSnapshot();
      const today = localDateAt(context.now, context.timeZone);
      return {
        policy: context.policy,
        decision: context.decision as SettledDecision,
        answers: context.answers,
        locale: context.locale,
        now: context.now,
        today,
      };
    };
    const draw = () => {
      const { decision } = model.snapshot.value.context;
      const hasCalendar = decision.settled && hasCalendarDeadline(decision);
      render(<Panel model={model} copied={copied.value} hasCalendar={hasCalendar} onClose={options.onClose} />, container);
    };

    // The page is told of each answer and decision as the actor takes it, whenever it is drawn: an answer given or
    // changed, and a decision reached by other answers than the one told last, or changed (by an answer, or by facts
    // the page gave). `tell`: 'decision' for a conversation started afresh on facts the page changed (its answers were
    // the shopper's already, told), 'nothing' for the one the panel opens with (restored after a reload, say).
    const report = (snapshot: ConversationSnapshot, tell: 'all' | 'decision' | 'nothing' = 'all') => {
      const { answers, decision } = snapshot.context;
      const given = answers.map((answer) => JSON.stringify([answer.key, answer.value, answer.unknown === true]));
      if (tell === 'all') {
        answers.forEach((answer, at) => {
          if (!told.answers.includes(given[at]!)) options.dispatch('answer', { question: answer.key });
        });
        if (given.join('\n') !== told.answers.join('\n')) told.decision = null;
      }
      told.answers = given;
      const decided = snapshot.matches('decided');
      const detail = decided &&
        decision.settled && { verdict: decision.verdict, situation: decision.situation, reasons: decision.reasons.map((reason) => reason.ruleId) };
      if (detail) {
        const text = JSON.stringify(detail);
        if (tell !== 'nothing' && text !== told.decision) options.dispatch('decision', detail);
        told.decision = text;
      } else copied.value = false;
    };
    report(actor.getSnapshot(), first ? 'nothing' : 'decision');
    let detach = () => {};
    const attach = () => {
      const reporting = actor.subscribe(report);
      const drawing = model.snapshot.subscribe(draw);
      const redrawing = copied.subscribe(draw);
      detach = () => {
        reporting.unsubscribe();
        drawing();
        redrawing();
      };
    };
    // The summary and the calendar file are made by a module loaded only when a shopper asks for one.
    const onCopy = actor.on('copy-summary', () => {
      void import('../conversation/summary.ts')
        .then(({ summaryText }) => copy(summaryText(takeAway())))
        .then((ok) => {
          copied.value = ok;
        });
    });
    const onCalendar = actor.on('download-calendar', () => {
      void import('../conversation/summary.ts').then(({ calendarFile }) => {
        const file = calendarFile(takeAway());
        if (file) download(container, `${options.policy.id}-return-deadline.ics`, file);
      });
    });
    return {
      hostFacts,
      attach,
      decision: () => actor.getSnapshot().context.decision,
      send: model.send,
      close() {
        detach();
        onCopy.unsubscribe();
        onCalendar.unsubscribe();
        model.dispose();
      },
    };
  };

  let session = open(options.hostFacts, options.now);
  first = false;
  await pause();
  session.attach();
  // New facts from the page restart the conversation on them; the answers are kept (saved). A result already shown
  // that the new facts change is said to have changed.
  const setFacts = (hostFacts: Facts) => {
    const shown = session.decision();
    session.close();
    session = open(hostFacts);
    session.attach();
    if (shown.settled && JSON.stringify(session.decision()) !== JSON.stringify(shown)) session.send({ type: 'page.factsChanged' });
  };
  // Shown (again, after a reload, say): the newest message is in view, not the top of the conversation; a result is
  // shown from its top (the verdict, the date, the amount).
  const scrollToLatest = () => {
    const log = container.querySelector<HTMLElement>('.transcript');
    const card = container.querySelector<HTMLElement>('.result');
    if (log) log.scrollTop = card ? log.scrollTop + card.getBoundingClientRect().top - log.getBoundingClientRect().top : log.scrollHeight;
  };
  return {
    prefill: (facts) => setFacts({ ...session.hostFacts, ...facts }),
    setFacts,
    scrollToLatest,
    focus() {
      scrollToLatest();
      container.querySelector<HTMLElement>('.composer button, .composer input, .result h3')?.focus({ preventScroll: true });
    },
    destroy() {
      session.close();
      render(null, container);
    },
  };
}

/** What the shopper sees when the widget cannot run (an invalid merchant policy): a polite pointer to the store. */
export function renderFallback(container: HTMLElement, locale: Locale, storeName: string | null): void {
  const messages = messagesFor(locale);
  const paragraph = document.createElement('p');
  paragraph.className = 'fallback panel';
  paragraph.setAttribute('role', 'status');
  paragraph.textContent = storeName ? fill(messages.ui.fallback, { store: storeName }) : messages.ui.fallbackNoStore;
  container.replaceChildren(paragraph);
}
