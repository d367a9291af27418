/** Model-based: every path of each store's conversation, walked with xstate/graph. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { currentQuestion } from '../../src/conversation/index.ts';
import { factsFrom, unknownFrom } from '../../src/conversation/answers.ts';
import { factsOfKey } from '../../src/conversation/questions.ts';
import { conversationPaths } from './paths.ts';
import { answerAll, conversation, NOW, zone } from './support.ts';

const setups: { name: string; policy: Policy; hostFacts: Facts }[] = [
  { name: 'iMicro, nothing known', policy: imicro, hostFacts: {} },
  {
    name: 'iMicro product page (seller, type, price, weight known)',
    policy: imicro,
    hostFacts: { soldBy: 'store', category: 'standard', isBundle: false, pricePaidCents: 54_999, weightPounds: 4 },
  },
  { name: 'iGarden, nothing known', policy: igarden, hostFacts: {} },
  { name: 'iGarden product page (price known, pre-order)', policy: igarden, hostFacts: { pricePaidCents: 59_900, preOrder: true } },
];

describe.each(setups)('$name', ({ policy, hostFacts }) => {
  const paths = conversationPaths(policy, hostFacts, NOW, zone);

  it('has paths to decisions', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  it('every path ends in the decision evaluate() gives for the same facts', () => {
    for (const path of paths) {
      const facts = factsFrom(policy, hostFacts, path.context.answers);
      expect(path.context.decision.settled).toBe(true);
      expect(path.context.decision).toEqual(evaluate(policy, facts, NOW, { timeZone: zone, unknown: unknownFrom(policy, path.context.answers) }));
    }
  });

  it('asks each question at most once, only while it can change the decision, and never a fact the page supplied', () => {
    for (const path of paths) {
      const actor = conversation(policy, hostFacts);
      const asked: string[] = [];
      for (const answer of path.sent) {
        const { context } = actor.getSnapshot();
        const question = currentQuestion(context)!;
        expect(context.decision.settled).toBe(false);
        if (!context.decision.settled) expect(factsOfKey(policy, question.key)).toContain(context.decision.needed[0]!.fact);
        expect(asked).not.toContain(question.key);
        for (const fact of factsOfKey(policy, question.key)) expect(Object.keys(hostFacts)).not.toContain(fact);
        asked.push(question.key);
        actor.send({ type: 'answer.submit', answer });
      }
      expect(actor.getSnapshot().matches('decided')).toBe(true);
    }
  });

  it('undoing any answer and giving it again reaches the same decision', () => {
    for (const path of paths.filter((_, index) => index % 3 === 0)) {
      for (let step = 0; step < path.sent.length; step += 1) {
        const actor = conversation(policy, hostFacts);
        answerAll(actor, path.sent);
        for (let undo = path.sent.length; undo > step; undo -= 1) actor.send({ type: 'answer.undo' });
        expect(actor.getSnapshot().context.answers).toHaveLength(step);
        const snapshot = answerAll(actor, path.sent.slice(step));
        expect(snapshot.context.decision).toEqual(path.context.decision);
      }
    }
  });

  it('changing any earlier answer to the same value keeps every answer and the decision', () => {
    for (const path of paths.filter((_, index) => index % 3 === 1)) {
      path.context.answers.forEach((answer, index) => {
        const actor = conversation(policy, hostFacts);
        answerAll(actor, path.sent);
        actor.send({ type: 'answer.edit', key: answer.key });
        expect(currentQuestion(actor.getSnapshot().context)!.key).toBe(answer.key);
        actor.send({ type: 'answer.submit', answer: path.sent[index]! });
        expect(actor.getSnapshot().context.answers).toEqual(path.context.answers);
        expect(actor.getSnapshot().context.decision).toEqual(path.context.decision);
      });
    }
  });
});
