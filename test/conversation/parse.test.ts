import { describe, expect, it } from 'vitest';
import { imicro, igarden } from '../support/policies.ts';
import { parseAmount, parseAnswer, parseDate, parseTime, parseWeight } from '../../src/conversation/parse.ts';
import { questionFor, wordsFor } from '../../src/conversation/questions.ts';
import type { QuestionKey } from '../../src/conversation/questions.ts';
import type { Locale } from '../../src/conversation/i18n.ts';

const today = '2026-11-23';
const context = (locale: Locale, policy = igarden) => ({ locale, today, currency: 'USD', words: wordsFor(policy, locale) });

/** What a shopper types, and the option it should pick (null: asked again, listing the options). */
const phrasings: [Locale, QuestionKey, string, string | boolean | null][] = [
  ['en', 'situation', 'it broke', 'defective'],
  ['en', 'situation', 'It stopped working after a week', 'defective'],
  ['en', 'situation', 'arrived smashed', 'damaged-on-arrival'],
  ['en', 'situation', 'It ARRIVED BROKEN', 'damaged-on-arrival'],
  ['en', 'situation', 'I changed my mind', 'changed-mind'],
  ['en', 'situation', "don't want it anymore", 'changed-mind'],
  ['en', 'situation', 'cancel please', 'cancel-order'],
  ['en', 'situation', 'thinking of buying one', 'before-buying'],
  ['en', 'situation', 'hello', null],
  ['en', 'situation', '🙂', null],
  ['en', 'paymentMethod', 'paypal', 'paypal'],
  ['en', 'paymentMethod', 'PayPal!', 'paypal'],
  ['en', 'paymentMethod', 'my visa card', 'credit-card'],
  ['en', 'paymentMethod', 'debit card', 'other'],
  ['en', 'paymentMethod', 'bitcoin', null],
  ['en', 'soldBy', 'I bought it at Best Buy', 'other-retailer'],
  ['en', 'soldBy', 'directly from iGarden', 'store'],
  ['en', 'region', 'USA', 'domestic'],
  ['en', 'region', 'I live in Mexico', 'international'],
  ['en', 'shipped', 'yes', true],
  ['en', 'shipped', 'Nope', false],
  // "Not sure" must never read as "sure" (yes), nor "I dont know" as "no": not knowing is an answer of its own.
  ['en', 'shipped', 'maybe', '?'],
  ['en', 'shipped', 'not sure', '?'],
  ['en', 'shipped', 'I dont know', '?'],
  ['en', 'shipped', 'no idea', '?'],
  ['en', 'shipped', "I don't remember", '?'],
  ['en', 'shipped', 'nah', false],
  ['en', 'shipped', 'yep, still sealed', true],
  ['en', 'soldBy', 'not sure', '?'],
  ['en', 'situation', 'wrong item sent', 'wrong-item'],
  ['en', 'situation', 'it never arrived', 'not-arrived'],
  ['en', 'situation', 'I want a refund', 'changed-mind'],
  ['en', 'situation', 'cancel my order', 'cancel-order'],
  ['es', 'shipped', 'no lo sé', '?'],
  ['es', 'shipped', 'ni idea', '?'],
  ['es', 'situation', 'nunca llegó', 'not-arrived'],
  ['es', 'situation', 'se rompió', 'defective'],
  ['es', 'situation', 'llegó dañado', 'damaged-on-arrival'],
  ['es', 'situation', 'CAMBIÉ DE OPINIÓN', 'changed-mind'],
  ['es', 'situation', 'quiero cancelar', 'cancel-order'],
  ['es', 'paymentMethod', 'con tarjeta de crédito', 'credit-card'],
  ['es', 'shipped', 'sí', true],
  ['es', 'shipped', 'todavía no', false],
  ['es', 'region', 'en España', 'international'],
];

describe('typed answers are matched to the options', () => {
  it.each(phrasings)('[%s] %s: “%s”', (locale, key, typed, expected) => {
    const question = questionFor(key, igarden, {}, locale);
    const parsed = parseAnswer(question, typed, context(locale));
    if (expected === null) {
      expect(parsed).toMatchObject({ ok: false, reAsk: 'not-understood' });
      if (!parsed.ok) for (const option of question.options) expect(parsed.params.options).toContain(option.label);
    } else {
      expect(parsed).toMatchObject({ ok: true, value: expected });
    }
  });

  it('a situation the policy does not offer is still understood when typed (iMicro is silent on cancelling)', () => {
    const question = questionFor('situation', imicro, {}, 'en');
    expect(question.options.map((option) => option.value)).not.toContain('cancel-order');
    expect(parseAnswer(question, 'cancel my order', context('en', imicro))).toMatchObject({ ok: true, value: 'cancel-order' });
    expect(parseAnswer(question, 'not sure', context('en', imicro))).toMatchObject({ ok: false, reAsk: 'not-understood' });
  });

  it('grouped questions take a tap or a phrase', () => {
    const question = questionFor('itemCondition', imicro, {}, 'en');
    expect(parseAnswer(question, 'missing-parts', context('en', imicro))).toMatchObject({ ok: true, value: 'missing-parts' });
    expect(parseAnswer(question, 'I threw away the box', context('en', imicro))).toMatchObject({ ok: true, value: 'missing-parts' });
    expect(parseAnswer(question, 'the serial sticker peeled off', context('en', imicro))).toMatchObject({ ok: true, value: 'label-damaged' });
  });
});

describe('dates', () => {
  const dates: [Locale, string, string | null][] = [
    ['en', 'today', '2026-11-23'],
    ['en', 'Yesterday', '2026-11-22'],
    ['en', '3 days ago', '2026-11-20'],
    ['en', '2026-11-20', '2026-11-20'],
    ['en', '11/20/2026', '2026-11-20'],
    ['en', '11/20/26', '2026-11-20'],
    ['en', '11/20', '2026-11-20'],
    ['en', '12/25', '2025-12-25'],
    ['en', 'November 20', '2026-11-20'],
    ['en', 'Nov 20, 2026', '2026-11-20'],
    ['en', '20 November 2026', '2026-11-20'],
    ['es', 'hoy', '2026-11-23'],
    ['es', 'ayer', '2026-11-22'],
    ['es', 'hace 5 días', '2026-11-18'],
    ['es', '20/11/2026', '2026-11-20'],
    ['es', '20 de noviembre de 2026', '2026-11-20'],
    ['en', '2026-02-30', null],
    ['en', '13/45/2026', null],
    ['en', 'soon', null],
    ['en', 'November', null],
  ];
  it.each(dates)('[%s] “%s”', (locale, typed, expected) => {
    expect(parseDate(typed.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''), context(locale))).toBe(expected);
  });

  it('a date that cannot be read is asked again with an example', () => {
    const question = questionFor('deliveredAt', igarden, {}, 'en');
    expect(parseAnswer(question, 'last tuesdayish', context('en'))).toMatchObject({ ok: false, reAsk: 'invalid-date', params: { example: '11/20/2026' } });
  });
});

describe('times, amounts and weights', () => {
  it.each([
    ['14:30', '14:30'],
    ['2:30 pm', '14:30'],
    ['2pm', '14:00'],
    ['12 am', '00:00'],
    ['12 pm', '12:00'],
    ['9', '09:00'],
    ['25:00', null],
    ['13 pm', null],
    ['noonish', null],
  ])('time “%s”', (typed, expected) => expect(parseTime(typed)).toBe(expected));

  it.each([
    ['129.99', 12_999],
    ['129,99', 12_999],
    ['1,299.99', 129_999],
    ['1.299,99', 129_999],
    ['1 299,99', 129_999],
    ['129', 12_900],
    ['0', 0],
    ['1,299', 129_900],
    ['abc', null],
    ['-5', null],
    ['12.345.67', null],
    ['99999999999999', null],
    ['2pm', null],
  ])('amount “%s”', (typed, expected) => expect(parseAmount(typed)).toBe(expected));

  it('reads a price with its currency sign through the question', () => {
    const question = questionFor('pricePaidCents', igarden, {}, 'en');
    expect(parseAnswer(question, '$1,299.99', context('en'))).toMatchObject({ ok: true, value: 129_999, display: '$1,299.99' });
    expect(parseAnswer(question, 'abc', context('en'))).toMatchObject({ ok: false, reAsk: 'not-an-amount' });
  });

  it.each([
    ['30 lb', 30],
    ['30', 30],
    ['12,5 lbs', 12.5],
    ['5 pounds', 5],
  ])('weight “%s” in pounds', (typed, pounds) => expect(parseWeight(typed, 'en')?.pounds).toBe(pounds));

  it('converts kilograms: 13.6 kg is just under 30 lb', () => {
    expect(parseWeight('13.6 kg', 'en')!.pounds).toBeCloseTo(29.983, 3);
    expect(parseWeight('14 kilos', 'es')!.display).toBe('14 kg (30,86 lb)');
  });

  it.each(['0 kg', '-3 lb', '5 stone', 'heavy', 'NaN'])('weight “%s” is asked again', (typed) => expect(parseWeight(typed.toLowerCase(), 'en')).toBeNull());
});

describe('answers that are not answers', () => {
  const question = questionFor('deliveredAt', igarden, {}, 'en');
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(10_000), 'too-long'],
    ['<img src=x onerror=alert(1)>', 'invalid-date'],
    ['"; DROP TABLE orders', 'invalid-date'],
    ['\u202Eإلى', 'invalid-date'],
  ])('“%s” → %s', (typed, reAsk) => {
    expect(parseAnswer(question, typed, context('en'))).toMatchObject({ ok: false, reAsk });
  });
});
