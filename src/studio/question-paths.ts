/**
 * How many questions shoppers answer: every path through the generated conversation, walked with the
 * machine's own transitions and representative answers (each option; dates either side of the usual
 * windows; weights either side of 30 lb), as the project's model-based tests and `npm run
 * bench:conversation` walk it. A large policy has very many paths: the walk stops at a budget and says so.
 */
import { initialTransition, transition } from 'xstate';
import { machineFor } from '../conversation/index.ts';
import { representativeAnswers } from '../conversation/sample-answers.ts';
import type { ConversationEvent } from '../conversation/index.ts';
import type { Facts, Policy } from '../policy/index.ts';
import type { QuestionCounts } from './question-counts.ts';

export interface WalkOptions {
  now: number;
  timeZone: string;
  hostFacts?: Facts;
  maxPaths?: number;
  maxMs?: number;
}

/**
 * Walks the conversation's paths (depth first) and counts the questions on each.
 * @example questionCounts(policy, { now: Date.now(), timeZone: 'UTC' }) // { paths: 58, mean: 3.4, max: 6, complete: true }
 */
export function questionCounts(policy: Policy, options: WalkOptions): QuestionCounts {
  const machine = machineFor(policy);
  const { maxPaths = 5_000, maxMs = 4_000 } = options;
  const started = performance.now();
  const counts: number[] = [];
  let complete = true;
  const [initial] = initialTransition(machine, { policy, hostFacts: options.hostFacts ?? {}, now: options.now, timeZone: options.timeZone, locale: 'en' });
  const walk = (snapshot: typeof initial, depth: number): void => {
    if (!complete) return;
    if (snapshot.matches('decided')) {
      counts.push(snapshot.context.answers.length);
      if (counts.length >= maxPaths || performance.now() - started > maxMs) complete = false;
      return;
    }
    if (depth > 40) return;
    for (const answer of representativeAnswers(snapshot.context)) {
      const event: ConversationEvent = { type: 'answer.submit', answer };
      const [next] = transition(machine, snapshot, event);
      // An answer that is asked again (not understood) adds nothing: only answers that move on make a path.
      if (next.context.answers.length > snapshot.context.answers.length) walk(next, depth + 1);
      if (!complete) return;
    }
  };
  walk(initial, 0);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return {
    paths: counts.length,
    mean: counts.length ? Math.round((total / counts.length) * 100) / 100 : 0,
    max: counts.length ? Math.max(...counts) : 0,
    complete,
  };
}
