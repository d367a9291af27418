import { describe, expect, it } from 'vitest';
import { currentQuestion } from '../../src/conversation/index.ts';
import { factsFrom } from '../../src/conversation/answers.ts';
import { igarden } from '../support/policies.ts';
import { createActor } from 'xstate';
import { machineFor } from '../../src/conversation/index.ts';
import { answerAll, conversation, NOW, zone } from './support.ts';

/** iGarden, a change of mind sold by iGarden: the next question is the delivery date (today is 2026-11-23). */
function atDeliveryDate() {
  const actor = conversation(igarden);
  answerAll(actor, ['changed-mind', 'store']);
  expect(currentQuestion(actor.getSnapshot().context)?.fact).toBe('deliveredAt');
  return actor;
}

function facts(actor: ReturnType<typeof conversation>) {
  const { context } = actor.getSnapshot();
  return factsFrom(context.policy, context.hostFacts, context.answers);
}

describe('a date more than a year back is checked with the shopper', () => {
  it.each([
    ['exactly a year ago', '2025-11-23', null, null],
    ['a year and a day ago', '2025-11-22', 'long-ago-suggest', '2026-11-22'],
    ['a typed year of 2019', '3/3/2019', 'long-ago-suggest', '2026-03-03'],
    ['a day whose date this year is still ahead', '2019-12-25', 'long-ago-suggest', '2025-12-25'],
    ['Feb 29 of a leap year, which this year lacks', '2020-02-29', 'long-ago', null],
    ['yesterday', 'yesterday', null, null],
  ] as const)('%s: %s', (_name, typed, code, suggestion) => {
    const actor = atDeliveryDate();
    answerAll(actor, [typed]);
    const { doubt } = actor.getSnapshot().context;
    expect(doubt?.code ?? null).toBe(code);
    expect(doubt?.suggestion?.value ?? null).toBe(suggestion);
    // Held, not taken: the delivery date is not a fact yet, and the question is still the one asked.
    if (code) {
      expect(facts(actor).deliveredAt).toBeUndefined();
      expect(currentQuestion(actor.getSnapshot().context)?.fact).toBe('deliveredAt');
    } else {
      expect(facts(actor).deliveredAt).toBeDefined();
    }
  });

  it('confirmed, the answer counts as given and the other answers are kept', () => {
    const actor = atDeliveryDate();
    answerAll(actor, ['3/3/2019']);
    actor.send({ type: 'answer.confirm' });
    const { context } = actor.getSnapshot();
    expect(context.doubt).toBeNull();
    expect(facts(actor)).toMatchObject({ situation: 'changed-mind', soldBy: 'store', deliveredAt: '2019-03-03' });
    // Long past the 30 days: the policy, not the check, decides it.
    expect(context.decision).toMatchObject({ settled: true, verdict: 'not-eligible' });
  });

  it('the suggestion, chosen, is taken instead', () => {
    const actor = atDeliveryDate();
    answerAll(actor, ['3/3/2019']);
    actor.send({ type: 'answer.submit', answer: actor.getSnapshot().context.doubt!.suggestion!.value });
    expect(actor.getSnapshot().context.doubt).toBeNull();
    expect(facts(actor).deliveredAt).toBe('2026-03-03');
  });

  it('"let me change it" asks the same question again with nothing lost', () => {
    const actor = atDeliveryDate();
    const before = actor.getSnapshot().context.answers;
    answerAll(actor, ['3/3/2019']);
    actor.send({ type: 'answer.reconsider' });
    const { context } = actor.getSnapshot();
    expect(context.doubt).toBeNull();
    expect(context.answers).toEqual(before);
    expect(currentQuestion(context)?.fact).toBe('deliveredAt');
    answerAll(actor, ['2026-11-20']);
    expect(facts(actor).deliveredAt).toBe('2026-11-20');
  });

  it('a new answer typed instead replaces the doubtful one; undo drops it', () => {
    const actor = atDeliveryDate();
    answerAll(actor, ['3/3/2019', '2026-11-20']);
    expect(actor.getSnapshot().context.doubt).toBeNull();
    expect(facts(actor).deliveredAt).toBe('2026-11-20');
    actor.send({ type: 'answer.undo' });
    answerAll(actor, ['3/3/2019']);
    actor.send({ type: 'answer.undo' });
    expect(actor.getSnapshot().context.doubt).toBeNull();
    expect(facts(actor)).toMatchObject({ situation: 'changed-mind' });
    expect(facts(actor).soldBy).toBeUndefined();
  });
});

describe('a price of nothing is checked with the shopper', () => {
  const atPrice = () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind', 'store', '2026-11-20', 'paypal']);
    expect(currentQuestion(actor.getSnapshot().context)?.fact).toBe('pricePaidCents');
    return actor;
  };

  it.each([
    ['0', 'free'],
    ['$0.00', 'free'],
    ['0.01', null],
    ['129.99', null],
  ] as const)('%s', (typed, code) => {
    const actor = atPrice();
    answerAll(actor, [typed]);
    expect(actor.getSnapshot().context.doubt?.code ?? null).toBe(code);
  });

  it('confirmed as free, the refund is worked out on nothing', () => {
    const actor = atPrice();
    answerAll(actor, ['0']);
    actor.send({ type: 'answer.confirm' });
    expect(facts(actor).pricePaidCents).toBe(0);
    expect(actor.getSnapshot().context.decision.settled).toBe(true);
  });

  it('a confirmation with nothing in doubt does nothing', () => {
    const actor = atPrice();
    const before = actor.getSnapshot();
    actor.send({ type: 'answer.confirm' });
    expect(actor.getSnapshot().context.answers).toEqual(before.context.answers);
    expect(actor.getSnapshot().value).toEqual(before.value);
  });
});

describe('a decimal mark before three digits, read as grouping thousands, is checked with the shopper', () => {
  const atPrice = (locale: 'en' | 'es') => {
    const actor = createActor(machineFor(igarden), { input: { policy: igarden, now: NOW, timeZone: zone, locale } });
    actor.start();
    answerAll(actor, locale === 'en' ? ['changed-mind', 'store', '2026-11-20', 'paypal'] : ['he cambiado de opinión', 'a igarden', '20/11/2026', 'paypal']);
    expect(currentQuestion(actor.getSnapshot().context)?.fact).toBe('pricePaidCents');
    return actor;
  };

  it.each([
    ['en', '129.999', 'grouped', 12_999_900],
    ['en', '$0.001', 'grouped', 100],
    ['en', '129.99', null, 12_999],
    ['en', '1,299.99', null, 129_999],
    ['en', '1,299', null, 129_900],
    ['es', '49,999', 'grouped', 4_999_900],
    ['es', '1.299', null, 129_900],
    ['es', '49,99', null, 4_999],
  ] as const)('[%s] %s', (locale, typed, code, cents) => {
    const actor = atPrice(locale);
    answerAll(actor, [typed]);
    const { doubt } = actor.getSnapshot().context;
    expect(doubt?.code ?? null).toBe(code);
    // Confirmed (or not in doubt), the amount is the one it reads as.
    if (doubt) {
      expect(doubt.params.typed).toBe(typed);
      actor.send({ type: 'answer.confirm' });
    }
    expect(facts(actor).pricePaidCents).toBe(cents);
  });
});
