/**
 * Random shoppers: random sequences of answers (valid, not, and probably slips: "Did you mean …?"
 * confirmed or taken back), undo, edit, restart and reload,
 * checked after every step: never stuck, nothing thrown, and any decision shown equals evaluate()
 * on the answers then held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { evaluate } from '../../src/policy/index.ts';
import { EXAMPLE_IDS, igarden, imicro, loadPolicy } from '../support/policies.ts';
import type { Policy } from '../../src/policy/index.ts';
import { currentQuestion, DONT_KNOW, machineFor, startConversation } from '../../src/conversation/index.ts';
import type { StorageAccess } from '../../src/conversation/index.ts';
import { factsFrom, unknownFrom } from '../../src/conversation/answers.ts';
import { representativeAnswers } from './paths.ts';
import { NOW, zone } from './support.ts';

/** Answers that read well but raise a doubt: a date years back, a price of nothing. */
const doubtful = ['3/3/2019', '2024-06-01', '0', '$0.00'];
const junk = [
  '',
  '   ',
  'x'.repeat(500),
  '🙂🙂',
  '<img src=x onerror=alert(1)>',
  '"; DROP TABLE orders',
  '\u202Eإلى',
  '-5',
  'NaN',
  '2026-02-30',
  '0001-01-01',
  '2099-01-01',
  '99999999999999',
  'maybe',
];

type Step =
  | { kind: 'answer'; pick: number }
  | { kind: 'junk'; text: string }
  | { kind: 'dontKnow' }
  | { kind: 'undo' }
  | { kind: 'edit'; pick: number }
  | { kind: 'restart' }
  | { kind: 'reload' }
  | { kind: 'doubtful'; text: string }
  | { kind: 'confirm' }
  | { kind: 'reconsider' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.nat(20).map((pick) => ({ kind: 'answer' as const, pick })) },
  { weight: 2, arbitrary: fc.constantFrom(...junk).map((text) => ({ kind: 'junk' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'dontKnow' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.nat(10).map((pick) => ({ kind: 'edit' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
  { weight: 2, arbitrary: fc.constantFrom(...doubtful).map((text) => ({ kind: 'doubtful' as const, text })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'confirm' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reconsider' as const }) },
);

function memory(): StorageAccess {
  const items = new Map<string, string>();
  return { open: () => ({ getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) }) };
}

function run(policy: Policy, steps: Step[]): void {
  const storage = memory();
  const begin = () => startConversation({ policy, now: NOW, timeZone: zone, locale: 'en', storage });
  let actor = begin();
  for (const current of steps) {
    const snapshot = actor.getSnapshot();
    switch (current.kind) {
      case 'answer': {
        const choices = representativeAnswers(snapshot.context);
        if (choices.length) actor.send({ type: 'answer.submit', answer: choices[current.pick % choices.length]! });
        break;
      }
      case 'junk':
      case 'doubtful':
        actor.send({ type: 'answer.submit', answer: current.text });
        break;
      case 'confirm':
        actor.send({ type: 'answer.confirm' });
        break;
      case 'reconsider':
        actor.send({ type: 'answer.reconsider' });
        break;
      case 'dontKnow':
        actor.send({ type: 'answer.submit', answer: DONT_KNOW });
        break;
      case 'undo':
        actor.send({ type: 'answer.undo' });
        break;
      case 'edit': {
        const answers = snapshot.context.answers;
        if (answers.length) actor.send({ type: 'answer.edit', key: answers[current.pick % answers.length]!.key });
        break;
      }
      case 'restart':
        actor.send({ type: 'conversation.restart' });
        break;
      case 'reload':
        actor.stop();
        actor = begin();
        break;
    }
    const after = actor.getSnapshot();
    expect(after.status).toBe('active');
    const { context } = after;
    // Never stuck: a question to answer, or a decision.
    if (after.matches('decided')) {
      expect(context.decision.settled).toBe(true);
      expect(context.decision).toEqual(
        evaluate(policy, factsFrom(policy, context.hostFacts, context.answers), NOW, { timeZone: zone, unknown: unknownFrom(policy, context.answers) }),
      );
      expect(context.doubt).toBeNull();
    } else {
      expect(currentQuestion(context)).not.toBeNull();
      expect(after.hasTag('question')).toBe(true);
      // A doubt is always about the question being asked, and its answer is not yet counted.
      if (context.doubt) {
        expect(context.doubt.answer.key).toBe(currentQuestion(context)!.key);
        expect(context.answers.some((answer) => answer === context.doubt!.answer)).toBe(false);
      }
    }
  }
}

describe('random shoppers', () => {
  it.each([imicro, igarden])(
    'never get stuck, never see an error, and every decision is evaluate()’s ($id)',
    (policy) => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => run(policy, steps)),
        { seed: 20261123, numRuns: 1_000 },
      );
    },
    120_000,
  );

  // Every example policy's generated conversation, in the merchant's own questions: fewer runs, as their search is wider.
  it.each(EXAMPLE_IDS.filter((id) => id !== 'imicro' && id !== 'igarden'))(
    'the conversation generated from %s holds up the same way',
    (id) => {
      const policy = loadPolicy(id);
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => run(policy, steps)),
        { seed: 20261130, numRuns: 25 },
      );
    },
    240_000,
  );

  it('the machine starts and answers without storage at all', () => {
    const actor = createActor(machineFor(imicro), { input: { policy: imicro, now: NOW, timeZone: zone } });
    actor.start();
    expect(currentQuestion(actor.getSnapshot().context)?.key).toBe('situation');
  });
});
