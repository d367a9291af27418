/**
 * Test support: every path through a store's conversation, with representative answers on both
 * sides of each boundary: used by the model-based tests and the question-count bench.
 */
import { getSimplePaths } from 'xstate/graph';
import { addDays, localDateAt } from '../../src/policy/index.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import type { Answer } from '../../src/conversation/answers.ts';
import { currentQuestion } from '../../src/conversation/machine.ts';
import type { ConversationContext, ConversationEvent } from '../../src/conversation/machine.ts';
import { machineFor } from '../../src/conversation/start.ts';

/** Answers to try: every option; and (chosen for the two seed policies, with now at 15:00) days 0–2 and 29–31 ago, times either side of 15:00, weights either side of 30 lb. */
export function representativeAnswers(context: ConversationContext): (string | boolean)[] {
  const question = currentQuestion(context);
  if (!question) return [];
  const today = localDateAt(context.now, context.timeZone);
  switch (question.kind) {
    case 'choice':
      return question.options.map((option) => option.value);
    case 'date':
      return [0, 1, 2, 29, 30, 31].map((days) => addDays(today, -days));
    case 'time':
      return ['09:00', '14:59', '15:00', '23:30'];
    case 'amount':
      return ['129.99'];
    case 'weight':
      return ['30 lb', '31 lb'];
    case 'number':
      return ['1'];
  }
}

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
    serializeState: (snapshot) =>
      JSON.stringify([snapshot.value, snapshot.context.answers.map((answer: Answer) => [answer.key, answer.value])]),
  });
  return paths
    .filter((path) => path.state.matches('decided'))
    .map((path) => ({
      sent: path.steps.flatMap((step) => (step.event.type === 'answer.submit' ? [step.event.answer as string | boolean] : [])),
      context: path.state.context,
    }));
}
