/** Starts a conversation actor that restores and saves itself. */
import { createActor } from 'xstate';
import type { Facts, Policy } from '../policy/index.ts';
import type { Locale } from './i18n.ts';
import { createConversationMachine } from './machine.ts';
import type { ConversationMachine } from './machine.ts';
import { restoreAnswers, saveAnswers, sessionStorageAccess } from './persist.ts';
import type { StorageAccess } from './persist.ts';

export interface StartOptions {
  policy: Policy;
  hostFacts?: Facts;
  now?: number;
  timeZone?: string;
  locale?: Locale;
  /** Tells apart two widgets of the same store on one site. */
  instance?: string;
  storage?: StorageAccess;
}

const machines = new WeakMap<Policy, ConversationMachine>();

/**
 * Builds the policy's machine with no question in any branch, and drops it: the first machine a page builds spends
 * most of its time compiling the statechart library's code (some 60 ms on a slow phone); this small one does that in a
 * task of its own, so the whole machine then builds in a short one.
 */
export function warmUpMachines(policy: Policy): void {
  if (!machines.has(policy)) createConversationMachine(policy, {});
}

/** One machine per policy object, built once: building it probes the policy. */
export function machineFor(policy: Policy): ConversationMachine {
  let machine = machines.get(policy);
  if (!machine) {
    machine = createConversationMachine(policy);
    machines.set(policy, machine);
  }
  return machine;
}

/**
 * Starts the conversation, restoring saved answers when there are any; every change
 * of answers is saved. If storage is unavailable, or refuses a save, it carries on in
 * memory and says so once.
 */
export function startConversation(options: StartOptions) {
  const { policy, instance = 'default', storage = sessionStorageAccess } = options;
  const restored = restoreAnswers(storage, policy, instance);
  const actor = createActor(machineFor(policy), {
    input: {
      policy,
      hostFacts: options.hostFacts ?? {},
      now: options.now ?? Date.now(),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
      locale: options.locale ?? 'en',
      answers: restored.answers,
      notice: restored.notice,
    },
  });
  // What is saved changes only with what the shopper does. Saved answers that the page's facts make moot now (another
  // category, say) are not applied, and stay saved: facts changed back, they apply again.
  let lastSaved = actor.getSnapshot().context.answers;
  let storageWorks = restored.available;
  actor.subscribe((snapshot) => {
    const { answers } = snapshot.context;
    if (answers === lastSaved) return;
    lastSaved = answers;
    if (storageWorks && !saveAnswers(storage, policy.id, instance, answers)) {
      storageWorks = false;
      actor.send({ type: 'storage.unavailable' });
    }
  });
  actor.start();
  return actor;
}

export type ConversationActor = ReturnType<typeof startConversation>;
