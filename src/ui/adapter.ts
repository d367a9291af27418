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

export function connect(actor: ConversationActor): ConversationModel {
  const snapshot = signal<ConversationSnapshot>(actor.getSnapshot());
  const subscription = actor.subscribe((next) => {
    snapshot.value = next;
  });
  return {
    snapshot,
    send: (event) => actor.send(event),
    dispose: () => {
      subscription.unsubscribe();
      actor.stop();
    },
  };
}
