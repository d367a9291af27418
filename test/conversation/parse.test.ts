import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imicro, igarden } from '../support/policies.ts';
import { normalize, parseAmount, parseAnswer, parseDate, parseTime, parseWeight, readAmount } from '../../src/conversation/parse.ts';
import { questionFor, wordsFor } from '../../src/conversation/questions.ts';
import type { QuestionKey } from '../../src/conversation/questions.ts';
import { formatMoney, loadMessages } from '../../src/conversation/i18n.ts';
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
  // Casual yes and no. An answer that says both, or neither, is asked again: never guessed.
  ['en', 'shipped', 'sure did', true],
  ['en', 'shipped', 'Yes it did', true],
  ['en', 'shipped', 'of course', true],
  ['en', 'shipped', "nope, they're off", false],
  ['en', 'shipped', 'not really', false],
  ['en', 'shipped', 'not yet', false],
  ['en', 'shipped', 'of course not', false],
  ['en', 'shipped', 'I do not', false],
  ['en', 'shipped', 'It did not', false],
  ['en', 'shipped', 'definitely not', false],
  ['en', 'shipped', 'kinda', null],
  ['en', 'shipped', 'sort of', null],
  ['en', 'shipped', 'yes and no', null],
  ['en', 'shipped', 'yeah nah', null],
  ['en', 'shipped', 'no, I did', null],
  ['en', 'shipped', 'not ok', null],
  ['en', 'shipped', 'not true', null],
  // "Sealed" answers yes or no depending on the question ("Is it sealed?", "Has it been opened?"): not a yes of its own.
  ['en', 'shipped', 'still sealed', null],
  ['en', 'shipped', "I'm not sure", '?'],
  ['en', 'shipped', 'Not sure.', '?'],
  ['en', 'shipped', 'no clue', '?'],
  ['es', 'shipped', 'sí, claro', true],
  ['es', 'shipped', 'sip', true],
  ['es', 'shipped', 'claro que sí', true],
  ['es', 'shipped', 'por supuesto', true],
  ['es', 'shipped', 'para nada', false],
  ['es', 'shipped', 'claro que no', false],
  ['es', 'shipped', 'qué va', false],
  ['es', 'shipped', 'aún no', false],
  ['es', 'shipped', 'no lo tengo', false],
  ['es', 'shipped', 'más o menos', null],
  ['es', 'shipped', 'sí y no', null],
  ['es', 'shipped', 'no sé', '?'],
  ['es', 'shipped', 'no estoy seguro', '?'],
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

  /** Typed as the shopper would, read through the question; null: asked again with an example. 2026-11-23 is a Monday. */
  const typed: [Locale, string, string | null][] = [
    ['en', '3 days ago', '2026-11-20'],
    ['en', '1 day ago', '2026-11-22'],
    ['en', 'a week ago', '2026-11-16'],
    ['en', 'two weeks ago', '2026-11-09'],
    ['en', '2 weeks ago', '2026-11-09'],
    ['en', 'ten days ago', '2026-11-13'],
    ['en', 'yesterday', '2026-11-22'],
    ['en', 'Yesterday afternoon', '2026-11-22'],
    ['en', 'It was yesterday.', '2026-11-22'],
    ['en', 'last night', '2026-11-22'],
    ['en', 'the day before yesterday', '2026-11-21'],
    ['en', 'this morning', '2026-11-23'],
    ['en', 'last Tuesday', '2026-11-17'],
    ['en', 'Last Sunday', '2026-11-22'],
    ['en', 'last Monday', '2026-11-16'],
    ['en', 'this past Friday', '2026-11-20'],
    ['en', 'on Monday', null],
    ['en', 'Monday', null],
    ['en', 'on Tuesday', '2026-11-17'],
    ['en', 'Saturday', '2026-11-21'],
    ['en', '12/11', '2025-12-11'],
    ['en', '11/12', '2026-11-12'],
    ['en', '11 Dec', '2025-12-11'],
    ['en', 'Dec 11', '2025-12-11'],
    ['en', 'dec. 11', '2025-12-11'],
    ['en', '11th December', '2025-12-11'],
    ['en', 'december 11th 2025', '2025-12-11'],
    ['en', 'December 11th, 2025', '2025-12-11'],
    ['en', 'on the 11th of December', '2025-12-11'],
    ['en', 'Sept 30', '2026-09-30'],
    ['en', 'Nov 3rd', '2026-11-03'],
    ['en', 'Nov 23', '2026-11-23'],
    ['en', 'Nov 24', '2025-11-24'],
    ['en', 'Thursday, December 11, 2025', '2025-12-11'],
    ['en', 'Friday, December 11, 2025', null],
    ['en', 'Friday Dec 11', null],
    ['es', 'hace 3 días', '2026-11-20'],
    ['es', 'hace un día', '2026-11-22'],
    ['es', 'hace una semana', '2026-11-16'],
    ['es', 'hace dos semanas', '2026-11-09'],
    ['es', 'ayer', '2026-11-22'],
    ['es', 'ayer por la tarde', '2026-11-22'],
    ['es', 'anoche', '2026-11-22'],
    ['es', 'anteayer', '2026-11-21'],
    ['es', 'mañana', '2026-11-24'],
    ['en', 'tomorrow', '2026-11-24'],
    ['es', 'antes de ayer', '2026-11-21'],
    ['es', 'el martes pasado', '2026-11-17'],
    ['es', 'el pasado martes', '2026-11-17'],
    ['es', 'el lunes pasado', '2026-11-16'],
    ['es', 'el miércoles', '2026-11-18'],
    ['es', 'el sábado', '2026-11-21'],
    ['es', 'el lunes', null],
    ['es', '12/11', '2026-11-12'],
    ['es', '11/12', '2025-12-11'],
    ['es', '11 dic', '2025-12-11'],
    ['es', '11 dic.', '2025-12-11'],
    ['es', '11 de diciembre', '2025-12-11'],
    ['es', 'el 11 de diciembre de 2025', '2025-12-11'],
    ['es', 'el día 11 de diciembre', '2025-12-11'],
    ['es', 'hace 1 día', '2026-11-22'],
    ['es', '3 de sept', '2026-09-03'],
    ['es', 'jueves 11 de diciembre de 2025', '2025-12-11'],
    // Never guessed: vague, ambiguous or half a date.
    ['en', 'a few days ago', null],
    ['en', 'a couple of days ago', null],
    ['en', 'about a week ago', null],
    ['en', 'a month ago', null],
    ['en', '2 hours ago', null],
    ['en', 'last week', null],
    ['en', 'this Tuesday', null],
    ['en', 'Monday or Tuesday', null],
    ['en', 'the 11th', null],
    ['en', 'December', null],
    ['en', 'Dec 11 25', null],
    ['en', '11 12 December', null],
    ['en', '13/11', null],
    ['en', 'not yesterday', null],
    ['en', 'yesterday or today', null],
    ['en', 'last tuesdayish', null],
    ['en', 'hace 3 días', null],
    ['es', 'hace unos días', null],
    ['es', 'la semana pasada', null],
    ['es', 'el mes pasado', null],
    ['es', '3 days ago', null],
  ];
  it.each(typed)('[%s] typed “%s”', (locale, answer, expected) => {
    const question = questionFor('deliveredAt', igarden, {}, locale);
    const parsed = parseAnswer(question, answer, context(locale));
    if (expected === null) expect(parsed).toEqual({ ok: false, reAsk: 'invalid-date', params: { example: locale === 'en' ? '11/20/2026' : '20/11/2026' } });
    else expect(parsed).toEqual({ ok: true, value: expected, display: expected });
  });

  /** A weekday is the latest such day before today; alone, it is asked again on that same weekday. */
  it.each([
    ['en', '2026-11-25', 'last Tuesday', '2026-11-24'],
    ['en', '2026-11-25', 'on Monday', '2026-11-23'],
    ['en', '2026-11-25', 'Thursday', '2026-11-19'],
    ['en', '2026-11-25', 'last Wednesday', '2026-11-18'],
    ['en', '2026-11-25', 'Wednesday', null],
    ['es', '2026-11-25', 'el miércoles pasado', '2026-11-18'],
    ['es', '2026-11-25', 'el miércoles', null],
    ['es', '2026-11-25', 'el lunes', '2026-11-23'],
    ['en', '2026-01-05', 'Dec 31', '2025-12-31'],
    ['en', '2026-01-05', 'last Friday', '2026-01-02'],
    ['en', '2026-03-01', 'a week ago', '2026-02-22'],
  ] as [Locale, string, string, string | null][])('[%s] on %s, “%s”', (locale, day, answer, expected) => {
    expect(parseDate(normalize(answer), { ...context(locale), today: day })).toBe(expected);
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

  /** Amounts as typed, in a store's currency: the value in cents, or the re-ask. Another currency is never read as the store's. */
  it.each([
    ['en', 'USD', 'about 200 bucks', 20_000],
    ['en', 'USD', '$1,299.99', 129_999],
    ['en', 'USD', 'around $49', 4_900],
    ['en', 'USD', '49 dollars', 4_900],
    ['en', 'USD', 'USD 49.50', 4_950],
    ['en', 'USD', '49.50 usd', 4_950],
    ['en', 'USD', 'US$49', 4_900],
    ['en', 'USD', 'approx. $49', 4_900],
    ['en', 'USD', '~$49', 4_900],
    ['en', 'USD', 'roughly 49', 4_900],
    ['en', 'USD', '$49 USD', 4_900],
    ['en', 'GBP', '£40', 4_000],
    ['en', 'GBP', '40 quid', 4_000],
    ['en', 'EUR', '40 euros', 4_000],
    ['en', 'CAD', '49 dollars', 4_900],
    ['en', 'CAD', '$49', 4_900],
    ['es', 'EUR', '1.299,99 €', 129_999],
    ['es', 'EUR', 'aproximadamente 49,50 euros', 4_950],
    ['es', 'EUR', '200 pavos', 20_000],
    ['es', 'EUR', 'unos 200 €', 20_000],
    ['es', 'USD', 'unos 200 dólares', 20_000],
    ['es', 'USD', 'US$ 200', 20_000],
    ['es', 'USD', '$200', 20_000],
    ['es', 'MXN', '$200', 20_000],
    ['es', 'MXN', '200 pesos', 20_000],
    ['en', 'USD', '1.299,99 €', 'other-currency'],
    ['en', 'USD', '£40', 'other-currency'],
    ['en', 'USD', '40 euros', 'other-currency'],
    ['en', 'USD', '40 pounds', 'other-currency'],
    ['en', 'USD', 'CAD 49', 'other-currency'],
    ['en', 'USD', '$49 CAD', 'other-currency'],
    ['en', 'CAD', 'US$49', 'other-currency'],
    ['en', 'EUR', 'about 200 bucks', 'other-currency'],
    ['en', 'EUR', '$49', 'other-currency'],
    ['es', 'USD', '200 pavos', 'other-currency'],
    ['es', 'USD', '200 pesos', 'other-currency'],
    ['es', 'MXN', '200 dólares', 'other-currency'],
    ['en', 'USD', '49 cents', 'not-an-amount'],
    ['en', 'USD', 'over $100', 'not-an-amount'],
    ['en', 'USD', '200 yen', 'not-an-amount'],
    ['en', 'USD', '200 us dollars', 'not-an-amount'],
    ['en', 'USD', 'I paid 129.99', 'not-an-amount'],
    ['en', 'USD', '$ $49', 'not-an-amount'],
    ['en', 'USD', '-5', 'not-an-amount'],
    ['en', 'USD', '1e309', 'not-an-amount'],
    ['en', 'USD', '$', 'not-an-amount'],
  ] as [Locale, string, string, number | string][])('[%s] %s amount “%s”', (locale, currency, answer, expected) => {
    const question = questionFor('pricePaidCents', igarden, {}, locale);
    const parsed = parseAnswer(question, answer, { ...context(locale), currency });
    if (typeof expected === 'number') expect(parsed).toMatchObject({ ok: true, value: expected });
    else if (expected === 'other-currency') expect(parsed).toEqual({ ok: false, reAsk: 'other-currency', params: { currency } });
    else expect(parsed).toMatchObject({ ok: false, reAsk: expected });
  });

  /** A plain number (schema.org's price) is read without the general reader, and exactly as it would read it. */
  it('reads a plain number as the general reader does, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(0, 1, 2), (cents, decimals) => {
        const whole = Math.floor(cents / 100);
        const plain =
          decimals === 0
            ? String(whole)
            : `${whole}.${String(cents % 100)
                .padStart(2, '0')
                .slice(0, decimals)}`;
        const expected = decimals === 0 ? whole * 100 : decimals === 1 ? whole * 100 + Math.floor((cents % 100) / 10) * 10 : cents;
        const read = readAmount(plain, { currency: 'USD', locale: 'en' });
        // The same text with the store's sign before it takes the general reader's way.
        expect(read).toBe(readAmount(`$${plain}`, { currency: 'USD', locale: 'en' }));
        expect(read).toBe(expected <= 1_000_000_000 ? expected : null);
      }),
    );
  });

  /** What the panel writes (its "e.g. 129,99 $US" when it asks again, a total) reads back, in every language. */
  it.each(['en', 'en-GB', 'en-CA', 'es', 'es-MX', 'fr', 'fr-CA', 'de', 'de-AT'])('reads an amount back as %s writes it', async (locale) => {
    await loadMessages(locale);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom('USD', 'EUR', 'GBP', 'CAD', 'MXN'), (cents, currency) => {
        expect(readAmount(formatMoney(cents, currency, locale), { currency, locale })).toBe(cents);
      }),
    );
  });

  it.each([
    ['129,99 $US', 'fr', 'USD', 12_999],
    ['129,99 $ US', 'fr-CA', 'USD', 12_999],
    ['129,99 $CA', 'fr', 'CAD', 12_999],
    ['129,99 $ US', 'fr-CA', 'CAD', 'other-currency'],
    ['129,99 $US', 'fr', 'EUR', 'other-currency'],
    ['50 $ en tout', 'fr', 'USD', null],
  ] as const)('reads "%s" (%s, a store in %s) as %s', async (typed, locale, currency, expected) => {
    await loadMessages(locale);
    expect(readAmount(typed, { currency, locale })).toBe(expected);
  });

  /** Weights as typed: the value in pounds and how it is shown, or null (asked again). */
  const KG = 2.20462262185;
  it.each([
    ['en', 'about 40 pounds', 40, '40 lb'],
    ['en', '40lbs', 40, '40 lb'],
    ['en', '40 lbs.', 40, '40 lb'],
    ['en', '2.5 kilos', 2.5 * KG, '2.5 kg (5.51 lb)'],
    ['en', '500 g', 500 * (KG / 1000), '500 g (1.1 lb)'],
    ['en', '500 grams', 500 * (KG / 1000), '500 g (1.1 lb)'],
    ['en', '12 oz', 0.75, '12 oz (0.75 lb)'],
    ['en', '1 lb 8 oz', 1.5, '1 lb 8 oz (1.5 lb)'],
    ['en', '1lb 8oz', 1.5, '1 lb 8 oz (1.5 lb)'],
    ['en', '1 pound, 8 ounces', 1.5, '1 lb 8 oz (1.5 lb)'],
    ['en', '1.125 kg', 1.125 * KG, '1.13 kg (2.48 lb)'],
    ['en', 'roughly 12', 12, '12 lb'],
    ['es', '2,5 kg', 2.5 * KG, '2,5 kg (5,51 lb)'],
    ['es', 'unos 3 kilos', 3 * KG, '3 kg (6,61 lb)'],
    ['es', '1 kg 500 g', KG + 500 * (KG / 1000), '1 kg 500 g (3,31 lb)'],
    ['es', 'unas 2 libras', 2, '2 lb'],
    ['es', '300 gramos', 300 * (KG / 1000), '300 g (0,66 lb)'],
    ['en', '1,500 g', null, null],
    ['es', '1.500 g', null, null],
    ['es', '1,500 kg', null, null],
    ['en', '8 oz 1 lb', null, null],
    ['en', '1 8 oz', null, null],
    ['en', '1 lb 8', null, null],
    ['en', '1 kg 8 oz', null, null],
    ['en', '5 stone', null, null],
    ['en', 'about <b>4</b> lb', null, null],
    ['en', 'over 40 lb', null, null],
    ['en', '0 lb 0 oz', null, null],
  ] as [Locale, string, number | null, string | null][])('[%s] weight “%s”', (locale, answer, pounds, display) => {
    const parsed = parseAnswer(questionFor('weightPounds', imicro, {}, locale), answer, context(locale, imicro));
    expect(parsed).toEqual(pounds === null ? { ok: false, reAsk: 'not-a-weight', params: {} } : { ok: true, value: pounds, display });
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
