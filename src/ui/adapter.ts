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
 * task that made it, say), the newest snapshot then, changes meanwhile as one; never once disposed. With `defer`, what
 * the view sends reaches the actor when `defer` calls back (in a task after the shopper's click, say: the click's own
 * task stays short, and the search for the next question is a task of its own). Until a change is drawn, or a send
 * taken, what the view sends is dropped: it is about a question or a result no longer current (a second tap on an old
 * button must not answer the next question unseen).
 */
export function connect(actor: ConversationActor, later?: (show: () => void) => void, defer?: (take: () => void) => void): ConversationModel {
  const snapshot = signal<ConversationSnapshot>(actor.getSnapshot());
  let waiting = false;
  let sending = false;
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
      if (waiting || sending) return;
      if (!defer) return actor.send(event);
      sending = true;
      defer(() => {
        sending = false;
        if (live) actor.send(event);
      });
    },
    dispose: () => {
      live = false;
      subscription.unsubscribe();
      actor.stop();
    },
  };
}
