/** The one place the conversation actor meets the view: its snapshot as a signal, and `send`. */
import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { ConversationActor } from '../conversation/index.ts';

export type ConversationSnapshot = ReturnType<ConversationActor['getSnapshot']>;

export interface ConversationModel {
  snapshot: Signal<ConversationSnapshot>;
  send: ConversationActor['send'];
  dispose: () => void;
}

/**
 * The actor's snapshot as a signal. With `later`, each change reaches the signal when `later` calls back (after the
 * task that made it, say), the newest snapshot then, changes meanwhile as one; never once disposed. Until then what
 * the view sends is dropped: it is about a question or a result no longer current (a second tap on an old button
 * must not answer the next question unseen).
 */
export function connect(actor: ConversationActor, later?: (show: () => void) => void): ConversationModel {
  const snapshot = signal<ConversationSnapshot>(actor.getSnapshot());
  let waiting = false;
  let live = true;
  const show = () => {
    waiting = false;
    if (live) snapshot.value = actor.getSnapshot();
  };
  const subscription = actor.subscribe((next) => {
    if (!later) snapshot.value = next;
    else if (!waiting) {
      waiting = true;
      later(show);
    }
  });
  return {
    snapshot,
    send: (event) => {
      if (!waiting) actor.send(event);
    },
    dispose: () => {
      live = false;
      subscription.unsubscribe();
      actor.stop();
    },
  };
}
