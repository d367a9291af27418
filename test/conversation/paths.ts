/**
 * Test support: every path through a store's conversation, with representative answers on both
 * sides of each boundary: used by the model-based tests and the question-count bench.
 */
import { getSimplePaths } from 'xstate/graph';
import type { Facts, Policy } from '../../src/policy/index.ts';
import type { Answer } from '../../src/conversation/answers.ts';
import type { ConversationContext, ConversationEvent } from '../../src/conversation/machine.ts';
import { machineFor } from '../../src/conversation/start.ts';
import { representativeAnswers } from '../../src/conversation/sample-answers.ts';

export { representativeAnswers };

export interface ConversationPath {
  /** The answers given, in order, as the shopper would have sent them. */
  sent: (string | boolean)[];
  /** The context at the end (a decision). */
  context: ConversationContext;
}

/** All simple paths from the first question to a decision. */
export function conversationPaths(policy: Policy, hostFacts: Facts, now: number, timeZone: string): ConversationPath[] {
  const paths = getSimplePaths(machineFor(policy), {
    input: { policy, hostFacts, now, timeZone, locale: 'en' },
    events: (snapshot): ConversationEvent[] => {
      if (snapshot.matches('decided')) return [];
      return representativeAnswers(snapshot.context).map((answer) => ({ type: 'answer.submit', answer }));
    },
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers.map((answer: Answer) => [answer.key, answer.value])]),
  });
  return paths
    .filter((path) => path.state.matches('decided'))
    .map((path) => ({
      sent: path.steps.flatMap((step) => (step.event.type === 'answer.submit' ? [step.event.answer as string | boolean] : [])),
      context: path.state.context,
    }));
}
