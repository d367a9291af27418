/** The shopper's answers, and the facts they add up to. */
import { evaluate } from '../policy/index.ts';
import type { Decision, Facts, Policy } from '../policy/index.ts';
import { factOf, factsOfKey, GROUPS, isGroup } from './questions.ts';
import type { QuestionKey } from './questions.ts';

export interface Answer {
  key: QuestionKey;
  value: string | number | boolean;
  /** How the answer reads back in the transcript ("PayPal", "$129.99", "5 kg (11.02 lb)"). */
  display: string;
}

export interface Situation {
  policy: Policy;
  /** What the host page already knows; never asked. */
  hostFacts: Facts;
  now: number;
  timeZone: string;
}

/** The facts: the host page's, then each answer in order; a time answer completes its date. */
export function factsFrom(hostFacts: Facts, answers: readonly Answer[]): Facts {
  const facts: Record<string, unknown> = Object.assign(Object.create(null) as object, hostFacts);
  for (const answer of answers) {
    if (isGroup(answer.key)) {
      Object.assign(facts, (GROUPS[answer.key].options as Record<string, Facts>)[String(answer.value)] ?? {});
      continue;
    }
    const fact = factOf(answer.key);
    facts[fact] = answer.key.endsWith('.time') ? `${String(facts[fact]).slice(0, 10)}T${String(answer.value)}` : answer.value;
  }
  return facts as Facts;
}

export function decisionFor(situation: Situation, answers: readonly Answer[]): Decision {
  return evaluate(situation.policy, factsFrom(situation.hostFacts, answers), situation.now, { timeZone: situation.timeZone });
}

/**
 * Keeps the answers that still matter, in order: each is kept only if, given the
 * answers kept before it, its question would still be open. After an edit this drops
 * answers that no longer apply; a dropped question is asked again only if needed.
 */
export function answersThatApply(situation: Situation, answers: readonly Answer[]): Answer[] {
  const kept: Answer[] = [];
  for (const answer of answers) {
    const decision = decisionFor(situation, kept);
    if (decision.settled) break;
    const asksTime = answer.key.endsWith('.time');
    const stillNeeded = factsOfKey(answer.key).some((fact) =>
      decision.needed.some((needed) => needed.fact === fact && (needed.precision === 'time') === asksTime),
    );
    // An answer the policy module now rejects (a date that has become impossible) is asked again.
    const rejected = stillNeeded && decisionFor(situation, [...kept, answer]).problems.some((problem) => factsOfKey(answer.key).includes(problem.fact as never));
    if (stillNeeded && !rejected) kept.push(answer);
  }
  return kept;
}
