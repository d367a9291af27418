/** The conversation as a shopper lives it: re-asks, changing answers, follow-ups, Spanish, and the words of the catalogue. */
import { describe, expect, it } from 'vitest';
import { igarden, imicro, loadPolicy, loadScenarios } from '../support/policies.ts';
import type { HourDeadline, SettledDecision } from '../../src/policy/index.ts';
import { instantAt } from '../../src/policy/dates.ts';
import { evaluate } from '../../src/policy/index.ts';
import { calendarFile, currentQuestion, describeDecision, hasCalendarDeadline, summaryText } from '../../src/conversation/index.ts';
import { en } from '../../src/conversation/messages/en.ts';
import { es } from '../../src/conversation/messages/es.ts';
import { fr } from '../../src/conversation/messages/fr.ts';
import { de } from '../../src/conversation/messages/de.ts';
import { answerAll, conversation, NOW, zone } from './support.ts';
import { createActor } from 'xstate';
import { machineFor } from '../../src/conversation/index.ts';

const gardenReturn = ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99'];

describe('asking again', () => {
  it('a delivery date in the future is asked again, keeping what was said', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind', 'store', '2026-12-01']);
    const { context, value } = actor.getSnapshot();
    expect(context.reAsk).toMatchObject({ code: 'future-date' });
    expect(context.answers.map((a) => a.value)).toEqual(['changed-mind', 'store']);
    expect(value).toEqual({ changedMind: 'deliveredAt' });
    actor.send({ type: 'answer.submit', answer: 'yesterday' });
    expect(actor.getSnapshot().context.reAsk).toBeNull();
  });

  it('"tomorrow" is read, and said to be in the future, not misunderstood', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind', 'store', 'tomorrow']);
    expect(actor.getSnapshot().context.reAsk).toMatchObject({ code: 'future-date' });
  });

  it('a delivery before the order date names the order date', () => {
    const actor = conversation(igarden, { orderedAt: '2026-11-15' });
    answerAll(actor, ['changed-mind', 'store', '2026-11-10']);
    expect(actor.getSnapshot().context.reAsk).toMatchObject({ code: 'before-order', params: { orderDate: 'Sunday, November 15, 2026' } });
  });

  it('asks the time only when the date alone cannot tell, and reads it', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['cancel-order', 'store', 'no', 'not-pre-order', 'yesterday']);
    expect(currentQuestion(actor.getSnapshot().context)).toMatchObject({
      key: 'orderedAt.time',
      text: 'At what time did you place the order on Sunday, November 22, 2026?',
    });
    answerAll(actor, ['4:30 pm']);
    expect(actor.getSnapshot().context.answers.at(-1)).toMatchObject({ key: 'orderedAt.time', value: '16:30', display: 'November 22, 2026 at 4:30 PM' });
    // Cancelled within 24 hours: the full price comes back, so the price is not asked.
    expect(actor.getSnapshot().matches('decided')).toBe(true);
    expect(actor.getSnapshot().context.decision).toMatchObject({ verdict: 'eligible', ruleId: 'igarden.cancel.24-hours', refund: { totalCents: null } });
  });

  it('an answer nothing matches lists the options', () => {
    const actor = conversation(imicro);
    answerAll(actor, ['it is blue']);
    expect(actor.getSnapshot().context.reAsk!.params.options).toBe('I changed my mind, It’s defective, It arrived damaged, or Check before I buy');
  });
});

describe('starting over', () => {
  it('asks the first question again from the decision already worked out, and a new purchase from its own', () => {
    const actor = conversation(igarden);
    const first = actor.getSnapshot().context.decision;
    answerAll(actor, ['changed-mind', 'store', '2026-11-10']);
    actor.send({ type: 'conversation.restart' });
    // The same facts, the same moment: the very same decision, not a second search of the policy.
    expect(actor.getSnapshot().context.decision).toBe(first);
    expect(actor.getSnapshot().context.answers).toEqual([]);
    // Another shopper a day later gets a decision of their own.
    expect(conversation(igarden, {}, NOW + 86_400_000).getSnapshot().context.decision).not.toBe(first);
  });
});

describe('changing an earlier answer', () => {
  it('keeps later answers that still apply and drops the rest', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99']);
    actor.send({ type: 'answer.edit', key: 'situation' });
    expect(actor.getSnapshot().value).toBe('changingAnAnswer');
    actor.send({ type: 'answer.submit', answer: 'defective' });
    const { context } = actor.getSnapshot();
    // Seller, delivery date, payment and price all still matter for a defect (the fee applies if the item is found working).
    expect(context.answers.map((a) => a.key)).toEqual(['situation', 'soldBy', 'deliveredAt', 'paymentMethod', 'pricePaidCents']);
    expect(currentQuestion(context)!.key).toBe('region');
  });

  it('drops answers that no longer apply', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99']);
    actor.send({ type: 'answer.edit', key: 'situation' });
    actor.send({ type: 'answer.submit', answer: 'cancel-order' });
    expect(actor.getSnapshot().context.answers.map((a) => a.key)).toEqual(['situation', 'soldBy']);
    expect(currentQuestion(actor.getSnapshot().context)!.key).toBe('shipped');
  });

  it('can be cancelled, keeping everything', () => {
    const actor = conversation(igarden);
    const before = answerAll(actor, gardenReturn).context.decision;
    actor.send({ type: 'answer.edit', key: 'paymentMethod' });
    actor.send({ type: 'answer.cancelEdit' });
    expect(actor.getSnapshot().context.decision).toEqual(before);
    expect(actor.getSnapshot().matches('decided')).toBe(true);
  });

  it('cannot change a question that was never answered', () => {
    const actor = conversation(igarden);
    answerAll(actor, ['changed-mind']);
    actor.send({ type: 'answer.edit', key: 'paymentMethod' });
    expect(actor.getSnapshot().context.editing).toBeNull();
  });
});

describe('follow-ups', () => {
  it('offer the explanation, the summary and the calendar file', () => {
    const actor = conversation(igarden);
    answerAll(actor, gardenReturn);
    const emitted: string[] = [];
    actor.on('*', (event) => emitted.push(event.type));
    actor.send({ type: 'followup.explain' });
    expect(actor.getSnapshot().matches({ decided: 'explained' })).toBe(true);
    actor.send({ type: 'followup.copy' });
    actor.send({ type: 'followup.calendar' });
    expect(emitted).toEqual(['copy-summary', 'download-calendar']);
  });

  it('checking another item keeps only what happened', () => {
    const actor = conversation(igarden);
    answerAll(actor, gardenReturn);
    actor.send({ type: 'followup.another' });
    expect(actor.getSnapshot().context.answers.map((a) => a.key)).toEqual(['situation']);
    expect(actor.getSnapshot().value).toEqual({ changedMind: 'soldBy' });
  });

  /** What the shopper takes away from the iGarden return: the summary's and the calendar file's input. */
  const gardenTakeAway = () => {
    const { context } = answerAll(conversation(igarden), gardenReturn);
    return { policy: igarden, decision: context.decision as SettledDecision, answers: context.answers, locale: 'en', now: NOW, today: '2026-11-23' };
  };

  it('the summary has the answers, result, refund, steps and quoted clauses', () => {
    const text = summaryText(gardenTakeAway());
    expect(text).toContain('How did you pay? PayPal');
    expect(text).toContain('Result: Yes — you can return it');
    expect(text).toContain('Last day to start your return: Thursday, December 10, 2026 (17 days left · Counted from the delivery: Tuesday, November 10, 2026)');
    expect(text).toContain('Refund to your original payment method');
    expect(text).toContain('Transaction fee (3.49%): −$4.54');
    expect(text).toContain('You get back at most: $125.45');
    expect(text).toContain('“For products purchased from the iGarden Official Store');
  });

  it('the calendar file is an all-day event on the last day', () => {
    const ics = calendarFile(gardenTakeAway())!;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261210\r\nDTEND;VALUE=DATE:20261211');
    expect(ics).toContain('SUMMARY:Last day to return to iGarden');
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });
});

describe('a rule’s own headline', () => {
  /** Amazon's A-to-z Guarantee is claimed, not returned: its rules say so in their titles, over the verdict's words. */
  it.each([
    ['1. speaker not arrived', 'Yes — you can file an A-to-z Guarantee claim'],
    ['2. phone case, EDD 2026-11-28', 'Not yet — you can claim once it is 3 days past the Estimated Delivery Date'],
    ['3. headphones', 'Not yet — the seller has 48 hours to resolve it'],
    ['20. parcel not arrived', 'No claim needed — the seller resolved it'],
  ])('Amazon, %s: “%s”', (name, title) => {
    const policy = loadPolicy('amazon');
    const scenario = loadScenarios('amazon').scenarios.find((each) => each.name.startsWith(name))!;
    const decision = evaluate(policy, scenario.facts, instantAt(scenario.now!, zone), { timeZone: zone });
    expect(decision.settled).toBe(true);
    expect(describeDecision(decision as SettledDecision, policy, 'en').title).toBe(title);
  });
});

describe('the calendar file of a deadline in hours', () => {
  /** An iGarden defect reported within 48 hours of a delivery (on the 21st, its time is asked: the window ends that day). */
  const defectTakeAway = (time: string | null) => {
    const actor = conversation(igarden);
    answerAll(actor, ['defective', 'store', 'domestic', time ? '2026-11-21' : '2026-11-22']);
    if (time && currentQuestion(actor.getSnapshot().context)?.kind === 'time') answerAll(actor, [time]);
    const { context } = answerAll(actor, ['paypal', '599']);
    const decision = context.decision as SettledDecision;
    expect(decision.deadline?.kind).toBe('hours');
    return { policy: igarden, decision, answers: context.answers, locale: 'en' as const, now: NOW, today: '2026-11-23' };
  };

  it('is an all-day event on the day before its last when the moment it started is not known: the last day surely in time', () => {
    const takeAway = defectTakeAway(null);
    const deadline = takeAway.decision.deadline as HourDeadline;
    expect(deadline.at).toBeNull();
    // Delivered on the 22nd at a time not given: 48 hours end at some time on the 24th, so the 23rd is surely in time.
    expect(deadline.lastDay).toBe('2026-11-24');
    expect(calendarFile(takeAway)).toContain('DTSTART;VALUE=DATE:20261123\r\nDTEND;VALUE=DATE:20261124');
  });

  it('ends at the exact moment when it is known', () => {
    const takeAway = defectTakeAway('16:00');
    const deadline = takeAway.decision.deadline as HourDeadline;
    if (deadline.at === null) return expect.unreachable('the time of delivery was asked and given');
    const stamp = (ms: number) =>
      new Date(ms)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    expect(calendarFile(takeAway)).toContain(`DTEND:${stamp(Date.parse(deadline.at))}`);
  });
});

describe('a deadline in hours from a moment whose time is not known', () => {
  // Delivered yesterday (the 22nd, at a time not given), today the 23rd at 15:00 in New York: the 48 hours end at some
  // time of the 24th, as early as its first minute. "By the 24th" could be a day late: the card and the steps say the 23rd.
  const now = instantAt('2026-11-23T15:00', 'America/New_York');
  const facts = {
    situation: 'defective',
    soldBy: 'store',
    region: 'domestic',
    deliveredAt: '2026-11-22',
    pricePaidCents: 12_999,
    paymentMethod: 'paypal',
  } as const;
  const decision = evaluate(igarden, facts, now, { timeZone: 'America/New_York' }) as SettledDecision;

  it.each([
    ['en', 'Report within 48 hours of delivery (to be sure, by Monday, November 23, 2026)', 'Monday, November 23, 2026'],
    [
      'es',
      'Comuníquelo dentro de las 48 horas siguientes a la entrega (para ir sobre seguro, como tarde el lunes, 23 de noviembre de 2026)',
      'lunes, 23 de noviembre de 2026',
    ],
  ] as const)('says the day to act by to be sure, on the card and in the steps (%s)', (locale, label, day) => {
    expect(decision).toMatchObject({ verdict: 'eligible', deadline: { kind: 'hours', at: null, lastDay: '2026-11-24', actBy: '2026-11-23' } });
    const view = describeDecision(decision, igarden, locale);
    expect(view.deadline!.label).toBe(label);
    expect(view.steps.some((step) => step.includes(day))).toBe(true);
    expect(view.steps.join(' ')).not.toMatch(/November 24|24 de noviembre/);
  });
});

describe('Spanish', () => {
  it('asks and decides in Spanish, with Spanish dates and money', () => {
    const actor = createActor(machineFor(igarden), { input: { policy: igarden, now: NOW, timeZone: zone, locale: 'es' } });
    actor.start();
    expect(currentQuestion(actor.getSnapshot().context)!.text).toBe('¿Qué quiere hacer?');
    answerAll(actor, ['he cambiado de opinión', 'a igarden', '10/11/2026', 'paypal', '129,99']);
    const { decision } = actor.getSnapshot().context;
    const view = describeDecision(decision as SettledDecision, igarden, 'es');
    expect(view.title).toBe('Sí: puede devolverlo');
    expect(view.deadline).toEqual({
      label: 'Último día para iniciar la devolución: jueves, 10 de diciembre de 2026',
      detail: 'quedan 17 días · Contado desde la entrega: martes, 10 de noviembre de 2026',
    });
    expect(view.refund!.total).toMatch(/^125,45\sUS\$$/);
  });
});

describe('every catalogue', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  /** A text said with a number (`Plural`): its forms are the language's plural categories, `other` among them. */
  const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const isPlural = (value: unknown): value is Record<string, string> =>
    typeof value === 'object' && value !== null && 'other' in value && Object.keys(value).every((key) => CATEGORIES.includes(key));
  /** Every key English has and no other, each text with English's placeholders (any plural form with those of `other`). */
  const walk = (en: unknown, other: unknown, path: string, language: string) => {
    if (typeof en === 'string') {
      expect(typeof other, path).toBe('string');
      expect((other as string).trim().length, path).toBeGreaterThan(0);
      if (!path.includes('synonyms')) expect(placeholders(other as string), path).toEqual(placeholders(en));
    } else if (Array.isArray(en)) {
      expect(Array.isArray(other) && other.length > 0, path).toBe(true);
    } else if (isPlural(en)) {
      expect(isPlural(other), path).toBe(true);
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
      for (const [category, text] of Object.entries(other as Record<string, string>)) {
        expect(categories, `${path}.${category}`).toContain(category);
        expect(placeholders(text), `${path}.${category}`).toEqual(placeholders(en.other!));
      }
    } else if (typeof en === 'object' && en !== null) {
      expect(typeof other === 'object' && other !== null, path).toBe(true);
      // Keys English has not would never be read (the kinds of `Record<string, string>` groups are open in the type).
      const [keys, wanted] = [Object.keys(other as object), Object.keys(en)];
      expect({ missing: wanted.filter((key) => !keys.includes(key)), extra: keys.filter((key) => !wanted.includes(key)) }, path).toEqual({
        missing: [],
        extra: [],
      });
      for (const key of Object.keys(en)) walk((en as Record<string, unknown>)[key], (other as Record<string, unknown>)[key], `${path}.${key}`, language);
    }
  };

  it.each(Object.entries({ es, fr, de }))('%s has every message English has, with the same placeholders', (language, catalogue) => {
    walk(en, catalogue, language, language);
  });

  it('a catalogue missing a message, or with another placeholder, fails the check', () => {
    const { ui, ...withoutUi } = fr;
    expect(() => walk(en, withoutUi, 'fr', 'fr')).toThrow(/missing.*ui/s);
    expect(() => walk(en, { ...fr, greeting: 'Bonjour {shop}' }, 'fr', 'fr')).toThrow(/fr\.greeting/);
    expect(() => walk(en, { ...fr, result: { ...fr.result, daysLeft: { few: '{count}', other: '{count}' } } }, 'fr', 'fr')).toThrow(/daysLeft\.few/);
    expect(ui).toBeDefined();
  });
});

describe('words that come from the policy', () => {
  it('the international defect reason is the merchant’s own words, in each language', () => {
    const actor = conversation(igarden);
    const { context } = answerAll(actor, ['defective', 'store', 'international']);
    const decision = context.decision as SettledDecision;
    expect(describeDecision(decision, igarden, 'en').reasons[0]!.text).toBe(
      'Outside the United States and Canada, iGarden support gives the defect procedure for your country.',
    );
    expect(describeDecision(decision, igarden, 'es').reasons[0]!.text).toBe(
      'Fuera de Estados Unidos y Canadá, el soporte de iGarden le indica el procedimiento de defectos de su país.',
    );
  });
});

describe('the page knows some facts', () => {
  it('never asks them, and says so when one cannot be used', () => {
    const actor = conversation(imicro, { soldBy: 'store', category: 'standard', isBundle: false, pricePaidCents: 54_999, weightPounds: 4 });
    const asked: string[] = [];
    for (const answer of ['changed-mind', '2026-11-20', 'complete']) {
      asked.push(currentQuestion(actor.getSnapshot().context)!.key);
      actor.send({ type: 'answer.submit', answer });
    }
    expect(asked).toEqual(['situation', 'invoiceDate', 'itemCondition']);
    expect(actor.getSnapshot().matches('decided')).toBe(true);
    const bad = conversation(imicro, { pricePaidCents: 'abc' as unknown as number });
    expect(bad.getSnapshot().context.notice).toBe('hostFactProblem');
  });
});

describe('results a shopper can trust', () => {
  const settledIn = (policy: typeof igarden, answers: (string | boolean)[]) => {
    const { context } = answerAll(conversation(policy), answers);
    expect(context.decision.settled).toBe(true);
    return context.decision as SettledDecision;
  };

  it('a defect found after 48 hours shows both ways the inspection can go, the less favourable first', () => {
    const decision = settledIn(igarden, ['defective', 'store', 'domestic', '2026-11-10', 'paypal', '129.99']);
    const view = describeDecision(decision, igarden, 'en');
    expect(view.alternatives).toEqual([
      {
        condition: 'If iGarden’s quality control finds it in working condition',
        title: 'Yes — you can return it',
        deadline: expect.stringMatching(/^Last day to start your return/),
        total: 'You get back at most: $125.45',
      },
      {
        condition: 'If iGarden’s inspection confirms the defect',
        title: 'Yes — you can return it',
        deadline: expect.stringMatching(/^Last day to start your return/),
        total: 'You get back: $129.99',
      },
    ]);
    expect(view.refund!.total).toBe('$125.45');
  });

  it('after 30 days a defect goes to the warranty, and the headline and the steps name the same party', () => {
    const decision = settledIn(igarden, ['defective', 'store', 'domestic', '2026-09-30']);
    const view = describeDecision(decision, igarden, 'en');
    expect(view.title).toBe('This is handled by iGarden’s Product Warranty');
    expect(view.steps.join(' ')).toContain('iGarden’s Product Warranty');
  });

  it('a return that cannot be made shows no deadline and offers no calendar event; the reason says when the window ended', () => {
    const decision = settledIn(igarden, ['changed-mind', 'store', '2026-10-01']);
    const view = describeDecision(decision, igarden, 'en');
    expect(decision.verdict).toBe('not-eligible');
    expect(view.deadline).toBeNull();
    expect(hasCalendarDeadline(decision)).toBe(false);
    expect(view.reasons[0]!.text).toBe('The 30-day window counted from the delivery (Thursday, October 1, 2026) ended on Saturday, October 31, 2026.');
  });

  it('“I don’t know” is an answer: not asked again, and the result says what it depends on', () => {
    const actor = conversation(imicro);
    answerAll(actor, ['changed-mind', 'store', 'standard', '2026-11-20']);
    expect(currentQuestion(actor.getSnapshot().context)!.key).toBe('itemCondition');
    answerAll(actor, ['not sure']);
    const { context } = actor.getSnapshot();
    expect(context.answers.at(-1)).toMatchObject({ key: 'itemCondition', unknown: true, display: 'I don’t know' });
    // The bundle and the weight are still asked: they can change the result whatever the condition turns out to be.
    const rest = ['No', '4 lb'];
    answerAll(actor, rest);
    const decision = actor.getSnapshot().context.decision as SettledDecision;
    expect(decision.settled).toBe(true);
    const view = describeDecision(decision, imicro, 'en');
    expect(view.title).toBe('No — this can’t be returned');
    expect(view.alternatives.map((alternative) => alternative.title)).toContain('Yes — you can return it');
    expect(view.alternatives.find((alternative) => alternative.title === 'Yes — you can return it')!.condition).toBe(
      'If all the original packaging and accessories are there and the serial number, UPC and warranty labels are intact',
    );
  });

  it('iMicro is silent on cancelling: a typed “cancel my order” gets “the policy doesn’t say”, with whom to contact', () => {
    const decision = settledIn(imicro, ['cancel my order']);
    const view = describeDecision(decision, imicro, 'en');
    expect(view.title).toBe('iMicro needs to review this');
    expect(view.reasons[0]!.text).toBe('iMicro’s policy doesn’t say how this is handled.');
    expect(view.steps[0]).toBe('Contact iMicro Customer Service: the policy doesn’t say how this case is handled, so ask the store before you act.');
  });
});

describe('“I don’t know” to a figure or a date', () => {
  const view = (policy: typeof igarden, answers: (string | boolean)[]) => {
    const { context } = answerAll(conversation(policy), answers);
    expect(context.decision.settled).toBe(true);
    return { decision: context.decision as SettledDecision, view: describeDecision(context.decision as SettledDecision, policy, 'en') };
  };

  it('an unknown price leaves the fee as a share, never an invented amount', () => {
    const { decision, view: card } = view(igarden, ['changed-mind', 'store', '2026-11-10', 'paypal', 'I dont know']);
    expect(decision.alternatives).toEqual([]);
    expect(decision.refund).toMatchObject({ totalCents: null, atMost: true });
    expect(decision.refund!.lines.find((line) => line.code === 'fee')).toMatchObject({ basisPoints: 349, amountCents: null });
    expect(card.refund!.rows.map((row) => `${row.label}: ${row.amount}`)).toContain('Transaction fee (3.49%): −amount not known yet');
    expect(card.refund!.totalLabel).toBe('You get back the price you paid, less the lines above');
  });

  it('with the price unknown, the total says how the lines change it: none taken off, none added', () => {
    // Over 30 lb the shopper pays the carrier: a line of its own, outside the refund.
    const { decision, view: card } = view(imicro, ['changed-mind', 'store', 'standard', '2026-11-10', 'complete', 'No', '40 lb']);
    expect(decision.refund!.lines.map((line) => line.effect)).toEqual(['credit', 'paid-by-shopper']);
    expect(card.refund!.totalLabel).toBe('You get back the price you paid');
  });

  it('an unknown weight gives both sides of the 30 lb limit, the less favourable first', () => {
    const { decision, view: card } = view(imicro, ['changed-mind', 'store', 'standard', '2026-11-10', 'complete', 'No', 'no idea']);
    expect(decision.refund!.returnShipping).toBe('shopper-pays');
    expect(card.alternatives.map((alternative) => alternative.condition)).toEqual(['If the weight is more than 30 lb', 'If the weight is 30 lb or less']);
  });

  it('an unknown delivery date gives the dates each result holds for, in words', () => {
    const { view: card } = view(igarden, ['changed-mind', 'store', 'not sure', 'paypal', '129.99']);
    expect(card.title).toBe('No — this can’t be returned');
    expect(card.alternatives.map((alternative) => alternative.condition)).toEqual([
      'If the delivery date is Friday, October 23, 2026 or earlier',
      expect.stringMatching(/^If the delivery date is after Friday, October 23, 2026/),
      ...card.alternatives.slice(2).map(() => expect.stringMatching(/^If the delivery date is after/)),
    ]);
  });

  it('a yes/no fact with no words of its own reads as the question and the answer', () => {
    const { view: card } = view(imicro, ['changed-mind', 'store', 'standard', '2026-11-10', 'complete', 'not sure', '4 lb']);
    expect(card.alternatives.map((alternative) => alternative.condition)).toContain(
      'If your answer to “Was it bought as part of a bundle or combo?” is “Yes” and you return only part of the bundle',
    );
  });

  it('the total of an alternative says “You get back” once', () => {
    const { view: card } = view(igarden, ['defective', 'store', 'domestic', 'yesterday', 'paypal', '599']);
    for (const alternative of card.alternatives) expect(alternative.total ?? '').not.toMatch(/You get back.*You get back/);
    expect(card.alternatives.map((alternative) => alternative.total)).toContain('You get back: $599.00 plus original shipping');
  });
});
