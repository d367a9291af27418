/** The result card's words, read in five seconds: the date and amount first, what can still be done, each clause once. */
import { describe, expect, it } from 'vitest';
import { currentQuestion, describeDecision, faultyAhead, faultyCanChangeIt, messagesFor, registerMessages } from '../../src/conversation/index.ts';
import { evaluate } from '../../src/policy/index.ts';
import type { Facts, Policy, SettledDecision } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import { answerAll, conversation, NOW, zone } from './support.ts';

function view(policy: Policy, facts: Facts, locale: 'en' | 'es' = 'en') {
  const decision = evaluate(policy, facts, NOW, { timeZone: zone });
  if (!decision.settled) throw new Error(`not settled: needs ${decision.needed.map((need) => need.fact).join(', ')}`);
  return describeDecision(decision as SettledDecision, policy, locale);
}

const gardenReturn: Facts = { situation: 'changed-mind', soldBy: 'store', deliveredAt: '2026-11-10', paymentMethod: 'paypal', pricePaidCents: 12_999 };
const microLate: Facts = { situation: 'changed-mind', soldBy: 'store', category: 'standard', invoiceDate: '2026-10-01' };

describe('the amount that matters is said up front', () => {
  it('with its label, when the price is known', () => {
    expect(view(igarden, gardenReturn).amount).toBe('You get back at most: $125.45');
  });

  it('not at all when the price was not asked (nothing to read at a glance)', () => {
    const cancelled = view(igarden, { situation: 'cancel-order', soldBy: 'store', shipped: false, preOrder: false, orderedAt: '2026-11-23T10:00' });
    expect(cancelled.refund?.total).toBe('');
    expect(cancelled.amount).toBeNull();
  });
});

describe('a refusal says why up front, and what can still be done', () => {
  it('iMicro past its 30 days: the window that ended, a fault checked differently, and whom to ask', () => {
    const refused = view(imicro, microLate);
    expect(refused.verdict).toBe('not-eligible');
    expect(refused.because).toBe('The 30-day window counted from the invoice date (Thursday, October 1, 2026) ended on Saturday, October 31, 2026.');
    expect(refused.stillPossible).toEqual({ situation: 'defective', contact: 'Ask iMicro Customer Service if you have questions about your case.' });
  });

  it('a refusal within the window says the condition that refused it, not the window still open', () => {
    const refused = view(imicro, { ...microLate, invoiceDate: '2026-11-20', isBundle: false, weightPounds: 4, packagingComplete: true, labelsIntact: false });
    expect(refused.verdict).toBe('not-eligible');
    expect(refused.because).toBe('Serial number, UPC, model, part number and warranty labels must be intact and readable.');
  });

  it('a refusal of a defect offers no defect check, only whom to ask', () => {
    const refused = view(imicro, { situation: 'defective', soldBy: 'store', category: 'digital', invoiceDate: '2026-11-01' });
    expect(refused.verdict).toBe('not-eligible');
    expect(refused.stillPossible).toEqual({ situation: null, contact: 'Ask iMicro Customer Service if you have questions about your case.' });
  });

  it('what can be done has no "because" and nothing "still possible"', () => {
    expect(view(igarden, gardenReturn)).toMatchObject({ because: null, stillPossible: null });
  });

  it('a check as a fault is worth offering only where the policy can end otherwise for a fault', () => {
    // iMicro: "defects follow the same terms", so a fault past the 30 days is turned down the same way.
    const micro = conversation(imicro);
    answerAll(micro, ['changed-mind', 'store', 'standard', '2026-10-01']);
    expect(micro.getSnapshot().context.decision).toMatchObject({ settled: true, verdict: 'not-eligible' });
    expect(faultyCanChangeIt(micro.getSnapshot().context)).toBe(false);
    // iGarden: a change of mind 31 days on is too late; a fault has its own terms, which can end otherwise.
    const garden = conversation(igarden);
    answerAll(garden, ['changed-mind', 'store', '2026-10-23']);
    expect(garden.getSnapshot().context.decision).toMatchObject({ settled: true, verdict: 'not-eligible' });
    expect(faultyCanChangeIt(garden.getSnapshot().context)).toBe(true);
  });

  it('what the offer needs is worked out ahead in steps, to the same answer', async () => {
    for (const [policy, answers, expected] of [
      [imicro, ['changed-mind', 'store', 'standard', '2026-10-01'], false],
      [igarden, ['changed-mind', 'store', '2026-10-23'], true],
    ] as const) {
      // A moment of its own: no decision of the test before is kept for it.
      const actor = conversation(policy, {}, NOW + 60_000);
      answerAll(actor, [...answers]);
      let pauses = 0;
      await faultyAhead(actor.getSnapshot().context, async () => void (pauses += 1));
      expect(pauses).toBeGreaterThan(0);
      expect(faultyCanChangeIt(actor.getSnapshot().context)).toBe(expected);
    }
  });

  it('checking again as a fault keeps the other answers and decides anew', () => {
    const actor = conversation(imicro);
    answerAll(actor, ['changed-mind', 'store', 'standard', '2026-10-01']);
    expect(actor.getSnapshot().matches('decided')).toBe(true);
    const before = actor.getSnapshot().context.answers.filter((answer) => answer.key !== 'situation');
    actor.send({ type: 'followup.checkFaulty' });
    const { context } = actor.getSnapshot();
    expect(context.answers[0]).toMatchObject({ key: 'situation', value: 'defective', display: 'It’s defective' });
    expect(context.answers.slice(1)).toEqual(before.filter((answer) => context.answers.some((kept) => kept.key === answer.key)));
    expect(context.decision).toMatchObject({ situation: 'defective' });
  });
});

describe('checking before buying', () => {
  it.each([
    [
      imicro,
      { situation: 'before-buying', soldBy: 'store', category: 'standard', isBundle: false, weightPounds: 11 },
      'en',
      'At least until Wednesday, December 23, 2026 (30 days after the invoice date)',
    ],
    [
      imicro,
      { situation: 'before-buying', soldBy: 'store', category: 'standard', isBundle: false, weightPounds: 11 },
      'es',
      'Como mínimo hasta el miércoles, 23 de diciembre de 2026 (30 días tras la fecha de factura)',
    ],
    [
      igarden,
      { situation: 'before-buying', soldBy: 'store', paymentMethod: 'paypal', pricePaidCents: 12_999 },
      'en',
      'At least until Wednesday, December 23, 2026 (30 days after the delivery)',
    ],
  ] as const)('says what the window is counted from (%#)', (policy, facts, locale, label) => {
    const decision = evaluate(policy, facts, NOW, { timeZone: zone });
    if (!decision.settled) throw new Error(`not settled: needs ${decision.needed.map((need) => need.fact).join(', ')}`);
    expect(describeDecision(decision, policy, locale).deadline).toEqual({ label, detail: null });
  });
});

describe('two durations for one stage', () => {
  it('iGarden’s two refund times are said together, with the longer to plan for', () => {
    const timeline = view(igarden, gardenReturn).timeline;
    expect(timeline.map((entry) => entry.text)).toEqual([
      'Inspection: 1–3 business days after they receive it',
      'Refund: the policy states 3–5 and 5–10 business days after inspection; allow up to 10',
    ]);
    expect(timeline[1]!.quotes).toHaveLength(2);
  });

  it('in Spanish too', () => {
    expect(view(igarden, gardenReturn, 'es').timeline[1]!.text).toBe(
      'Reembolso: la política indica 3–5 y 5–10 días hábiles después de la inspección; cuente con hasta 10',
    );
  });
});

describe('a shopper checking before they buy', () => {
  it.each([
    [igarden, ['Where will you buy it?', 'How will you pay?', 'How much will you pay for it (USD)?']],
    [imicro, ['Who will sell it to you?', 'What kind of product is it?', 'Will you buy it as part of a bundle or combo?']],
  ] as const)('is asked in the future tense ($id)', (policy, expected) => {
    const actor = conversation(policy);
    const asked: string[] = [];
    answerAll(actor, ['before-buying']);
    for (let step = 0; step < expected.length; step++) {
      const question = currentQuestion(actor.getSnapshot().context)!;
      asked.push(question.text);
      actor.send({ type: 'answer.submit', answer: question.options[0]?.value ?? '100' });
    }
    expect(asked).toEqual(expected);
  });

  it('the same facts are asked in the past tense after buying', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind']);
    expect(currentQuestion(actor.getSnapshot().context)!.text).toBe('Where did you buy it?');
  });
});

describe('a card worded once is worded again when its words change', () => {
  it('the same decision, after the page replaces the language’s words, and in another language', () => {
    const decision = evaluate(imicro, microLate, NOW, { timeZone: zone }) as SettledDecision;
    const english = messagesFor('en');
    expect(describeDecision(decision, imicro, 'en').title).toBe(english.verdicts['not-eligible']);
    try {
      registerMessages('en', { ...english, verdicts: { ...english.verdicts, 'not-eligible': 'No return, sorry' } });
      expect(describeDecision(decision, imicro, 'en').title).toBe('No return, sorry');
    } finally {
      registerMessages('en', english);
    }
    expect(describeDecision(decision, imicro, 'en').title).toBe(english.verdicts['not-eligible']);
    expect(describeDecision(decision, imicro, 'es').title).toBe(messagesFor('es').verdicts['not-eligible']);
  });
});
