import { createActor } from 'xstate';
import { instantAt } from '../../src/policy/dates.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { machineFor } from '../../src/conversation/index.ts';

export const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
export const NOW = instantAt('2026-11-23T15:00', zone);

/** A started conversation, asking its first question, with no storage. */
export function conversation(policy: Policy, hostFacts: Facts = {}, now = NOW) {
  const actor = createActor(machineFor(policy), { input: { policy, hostFacts, now, timeZone: zone, locale: 'en' } });
  actor.start();
  return actor;
}

export function answerAll(actor: ReturnType<typeof conversation>, answers: readonly (string | boolean)[]) {
  for (const answer of answers) actor.send({ type: 'answer.submit', answer });
  return actor.getSnapshot();
}
