/** Languages: French and German as shoppers type them, the locale's date order, plural rules, a page's own language. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { policyLanguage } from '../../scripts/policy-language.ts';
import { igarden } from '../support/policies.ts';
import {
  describeDecision,
  directionOf,
  loadMessages,
  messagesFor,
  pickLocale,
  plural,
  registerLanguage,
  registerMessages,
} from '../../src/conversation/index.ts';
import type { Locale } from '../../src/conversation/index.ts';
import { formatDate } from '../../src/conversation/i18n.ts';
import { en } from '../../src/conversation/messages/en.ts';
import { fr } from '../../src/conversation/messages/fr.ts';
import { de } from '../../src/conversation/messages/de.ts';
import { dateExample, normalize, parseAnswer, parseDate } from '../../src/conversation/parse.ts';
import { questionFor, wordsFor } from '../../src/conversation/questions.ts';
import type { QuestionKey } from '../../src/conversation/questions.ts';
import { validatePolicy } from '../../src/policy/validate.ts';
import type { Policy, SettledDecision } from '../../src/policy/index.ts';
import { answerAll, conversation } from './support.ts';

beforeAll(() => {
  registerMessages('fr', fr);
  registerMessages('de', de);
});

afterEach(() => {
  globalThis.returnAssistantLanguages = undefined;
  registerMessages('en', en);
});

const today = '2026-11-23'; // a Monday
const context = (locale: Locale) => ({ locale, today, currency: 'EUR', words: wordsFor(igarden, locale) });

describe('typed dates', () => {
  it.each([
    // The locale's order of day and month: British English, French and German write the day first.
    ['en', '11/12', '2026-11-12'],
    ['en-US', '11/12/2025', '2025-11-12'],
    ['en-GB', '11/12', '2025-12-11'],
    ['en-GB', '20/11/2026', '2026-11-20'],
    ['en-GB', '11/20/2026', null],
    ['en-GB', '20 November', '2026-11-20'],
    ['fr', '11/12', '2025-12-11'],
    ['fr', '20/11/2026', '2026-11-20'],
    ['fr', 'aujourd’hui', '2026-11-23'],
    ['fr', 'hier soir', '2026-11-22'],
    ['fr', 'avant-hier', '2026-11-21'],
    ['fr', 'il y a 3 jours', '2026-11-20'],
    ['fr', 'il y a une semaine', '2026-11-16'],
    ['fr', 'il y a deux semaines', '2026-11-09'],
    ['fr', 'mardi dernier', '2026-11-17'],
    ['fr', 'le mercredi', '2026-11-18'],
    ['fr', 'le lundi', null],
    ['fr', 'le 11 décembre', '2025-12-11'],
    ['fr', '1er décembre 2025', '2025-12-01'],
    ['fr', '3 sept.', '2026-09-03'],
    ['fr', 'jeudi 11 déc. 2025', '2025-12-11'],
    ['fr', 'vendredi 11 décembre 2025', null],
    ['fr', 'il y a quelques jours', null],
    ['fr-CA', '2026-11-20', '2026-11-20'],
    // French Canada writes the year first: "11/12" has no usual order there, so it is never guessed.
    ['fr-CA', '11/12', null],
    ['de', '11.12.', '2025-12-11'],
    ['de', '20.11.2026', '2026-11-20'],
    ['de', '11/12', '2025-12-11'],
    ['de', 'heute', '2026-11-23'],
    ['de', 'gestern Abend', '2026-11-22'],
    ['de', 'vorgestern', '2026-11-21'],
    ['de', 'vor 3 Tagen', '2026-11-20'],
    ['de', 'vor einer Woche', '2026-11-16'],
    ['de', 'vor zwei Wochen', '2026-11-09'],
    ['de', 'letzten Dienstag', '2026-11-17'],
    ['de', 'am Mittwoch', '2026-11-18'],
    ['de', 'am Montag', null],
    ['de', 'am 11. Dezember', '2025-12-11'],
    ['de', '3. März 2026', '2026-03-03'],
    ['de', 'Donnerstag, 11. Dez. 2025', '2025-12-11'],
    ['de', 'vor ein paar Tagen', null],
  ] as [Locale, string, string | null][])('[%s] “%s”', (locale, typed, expected) => {
    expect(parseDate(normalize(typed), context(locale))).toBe(expected);
  });

  it.each([
    ['en', '11/20/2026'],
    ['en-GB', '20/11/2026'],
    ['fr', '20/11/2026'],
    ['fr-CA', '2026-11-20'],
    ['de', '20.11.2026'],
  ] as [Locale, string][])('a date not read is asked again with an example in the order of %s: %s', (locale, example) => {
    expect(dateExample(locale)).toBe(example);
    const question = questionFor('deliveredAt', igarden, {}, locale);
    expect(parseAnswer(question, 'bientôt', context(locale))).toEqual({ ok: false, reAsk: 'invalid-date', params: { example } });
    // The example given is itself read back as 20 November 2026.
    expect(parseDate(normalize(example), context(locale))).toBe('2026-11-20');
  });

  it('French Canada writes dates its own way; the catalogue is the French one', () => {
    expect(formatDate('2026-11-20', 'fr-CA')).toBe('vendredi 20 novembre 2026');
    expect(messagesFor('fr-CA')).toBe(fr);
  });
});

describe('quick answers typed in French and German', () => {
  it.each([
    ['fr', 'shipped', 'oui', true],
    ['fr', 'shipped', 'Bien sûr', true],
    ['fr', 'shipped', 'ouais', true],
    ['fr', 'shipped', 'non', false],
    ['fr', 'shipped', 'pas encore', false],
    ['fr', 'shipped', 'bien sûr que non', false],
    ['fr', 'shipped', 'oui et non', null],
    ['fr', 'shipped', 'je ne sais pas', '?'],
    ['fr', 'shipped', 'aucune idée', '?'],
    ['fr', 'shipped', 'pas sûr', '?'],
    ['fr', 'situation', 'J’ai changé d’avis', 'changed-mind'],
    ['fr', 'situation', 'il ne marche plus', 'defective'],
    ['fr', 'situation', 'arrivé cassé', 'damaged-on-arrival'],
    ['fr', 'situation', 'colis jamais reçu', 'not-arrived'],
    ['fr', 'situation', 'annuler ma commande', 'cancel-order'],
    ['de', 'shipped', 'ja', true],
    ['de', 'shipped', 'na klar', true],
    ['de', 'shipped', 'nein', false],
    ['de', 'shipped', 'noch nicht', false],
    ['de', 'shipped', 'sicher nicht', false],
    ['de', 'shipped', 'ja und nein', null],
    ['de', 'shipped', 'weiß nicht', '?'],
    ['de', 'shipped', 'keine Ahnung', '?'],
    ['de', 'shipped', 'nicht sicher', '?'],
    ['de', 'situation', 'Ich habe es mir anders überlegt', 'changed-mind'],
    ['de', 'situation', 'es ist kaputt', 'defective'],
    ['de', 'situation', 'kam beschädigt an', 'damaged-on-arrival'],
    ['de', 'situation', 'Paket nie angekommen', 'not-arrived'],
    ['de', 'situation', 'Bestellung stornieren', 'cancel-order'],
  ] as [Locale, QuestionKey, string, string | boolean | null][])('[%s] %s: “%s”', (locale, key, typed, expected) => {
    const question = questionFor(key, igarden, {}, locale);
    const parsed = parseAnswer(question, typed, context(locale));
    if (expected === null) expect(parsed).toMatchObject({ ok: false, reAsk: 'not-understood' });
    else expect(parsed).toMatchObject({ ok: true, value: expected });
  });
});

describe('plural rules', () => {
  // Arabic has six plural categories; the form is chosen by Intl.PluralRules, never by "is it 1?".
  const arabic = { zero: 'zero {count}', one: 'one {count}', two: 'two {count}', few: 'few {count}', many: 'many {count}', other: 'other {count}' };
  it.each([
    [0, 'zero 0'],
    [1, 'one 1'],
    [2, 'two 2'],
    [3, 'few 3'],
    [11, 'many 11'],
    [100, 'other 100'],
  ])('Arabic: %i is “%s”', (count, expected) => {
    expect(plural(arabic, count, 'ar')).toBe(expected);
  });

  it('a form the catalogue does not give falls back to `other`', () => {
    expect(plural({ one: '{count} jour', other: '{count} jours' }, 1_000_000, 'fr')).toBe('1000000 jours');
    expect(plural({ one: '{count} jour', other: '{count} jours' }, 1, 'fr')).toBe('1 jour');
  });

  it.each([
    ['en', '1 day left'],
    ['fr', 'il reste 1 jour'],
    ['de', 'noch 1 Tag'],
  ] as [Locale, string][])('the last day but one, in %s: “%s”', (locale, expected) => {
    // Delivered 30 days before tomorrow: the 30-day window ends tomorrow.
    const { context } = answerAll(conversation(igarden), ['changed-mind', 'store', '2026-10-25', 'paypal', '129.99']);
    const view = describeDecision(context.decision as SettledDecision, igarden, locale);
    expect(view.deadline!.detail!.split(' · ')[0]).toBe(expected);
  });

  it.each([
    ['en', 1, 'Refund: within 1 business day after inspection'],
    ['en', 10, 'Refund: within 10 business days after inspection'],
    ['fr', 1, 'Remboursement\u00a0: sous 1 jour ouvré après le contrôle'],
    ['de', 1, 'Erstattung: höchstens 1 Werktag nach der Prüfung'],
    ['de', 10, 'Erstattung: höchstens 10 Werktage nach der Prüfung'],
  ] as [Locale, number, string][])('a unit agrees with its number, in %s: %i is “%s”', (locale, maxDays, expected) => {
    const decision = answerAll(conversation(igarden), ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99']).context.decision as SettledDecision;
    const timeline = [
      { id: 'refund', quote: 'Refunds are issued within days.', stage: 'refund', after: 'inspection', maxDays, businessDays: true },
    ] as SettledDecision['timeline'];
    expect(describeDecision({ ...decision, timeline }, igarden, locale).timeline[0]!.text).toBe(expected);
  });
});

describe('a language the page adds, or words it changes', () => {
  it('a language the widget does not ship is spoken once the page registers it', () => {
    expect(pickLocale('ar-EG', 'fr')).toBe('fr');
    registerLanguage('ar', { label: 'هل يمكنني إرجاعه؟', messages: {} });
    expect(pickLocale('ar-EG', 'fr')).toBe('ar-EG');
    expect(pickLocale('english', 'en_gb')).toBe('en-GB');
  });

  it('the page says the language, the browser may say the region: a page in "en" read in an en-GB browser is en-GB', () => {
    expect(pickLocale(null, 'en', 'en-GB')).toBe('en-GB');
    expect(pickLocale(null, 'en', 'fr-FR')).toBe('en');
    expect(pickLocale('de', 'en-GB', 'de-AT')).toBe('de-AT');
    expect(pickLocale('fr-CA', 'fr', 'fr-FR')).toBe('fr-CA');
    expect(pickLocale('ja', 'it', 'en-GB')).toBe('en-GB');
  });

  it('its messages go over the English ones, any plural form of its own included', async () => {
    registerLanguage('ar', { messages: { ui: { send: 'إرسال' }, result: { daysLeft: { few: 'باقي {count} أيام', other: 'باقي {count} يوم' } } } });
    const messages = await loadMessages('ar');
    expect(messages.ui.send).toBe('إرسال');
    expect(messages.ui.close).toBe(en.ui.close);
    expect(plural(messages.result.daysLeft, 3, 'ar')).toBe('باقي 3 أيام');
    expect(messagesFor('ar-EG')).toBe(messages);
  });

  it('a shipped language takes the page’s words for any message; a value of the wrong kind is not used', async () => {
    registerLanguage('fr', { messages: { ui: { placeholder: 'Votre réponse', send: 42 }, synonyms: { yes: ['oui oui'] } } });
    const messages = await loadMessages('fr-CA');
    expect(messages.ui.placeholder).toBe('Votre réponse');
    expect(messages.ui.send).toBe(fr.ui.send);
    expect(messages.synonyms.yes).toEqual(['oui oui']);
    expect(messages.greeting).toBe(fr.greeting);
  });

  it('messages the page loads itself, and the widget’s own when that fails', async () => {
    registerLanguage('de', { messages: () => Promise.resolve({ ui: { send: 'Los' } }) });
    expect((await loadMessages('de')).ui.send).toBe('Los');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    registerLanguage('de', { messages: () => Promise.reject(new Error('offline')) });
    expect((await loadMessages('de')).ui.send).toBe(de.ui.send);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('offline'));
    error.mockRestore();
  });

  it('a page may register before the widget loads, with a plain object', () => {
    globalThis.returnAssistantLanguages = { he: { label: 'אפשר להחזיר?' } };
    expect(pickLocale('he')).toBe('he');
    // Not a key the page set: nothing from Object.prototype counts as a language.
    expect(pickLocale('constructor', 'toString')).toBe('en');
  });

  it.each([
    ['ar', 'rtl'],
    ['he-IL', 'rtl'],
    ['fa', 'rtl'],
    ['fr', 'ltr'],
    ['en-GB', 'ltr'],
  ] as [Locale, string][])('%s is written %s', (locale, dir) => {
    expect(directionOf(locale)).toBe(dir);
  });

  it('the page may say how its language is written', () => {
    registerLanguage('xx', { dir: 'rtl' });
    expect(directionOf('xx')).toBe('rtl');
  });
});

describe('quotes in the shopper’s language', () => {
  const gardenReturn = ['changed-mind', 'store', '2026-11-10', 'paypal', '129.99'];
  // The clause behind an iGarden change-of-mind return.
  const quote = (answerAll(conversation(igarden), gardenReturn).context.decision as SettledDecision).reasons[0]!.quote!;
  const translated = (extra: object) => validatePolicy({ ...structuredClone(igarden), ...extra });

  it('a translation is shown for its quote, the quote itself unchanged', () => {
    const result = translated({ quoteLanguage: 'en', quoteTranslations: { [quote]: { fr: 'Traduction', 'de-CH': 'Übersetzung' } } });
    expect(result.ok).toBe(true);
    const policy = (result as { policy: Policy }).policy;
    const decision = answerAll(conversation(policy), gardenReturn).context.decision as SettledDecision;
    const french = describeDecision(decision, policy, 'fr-CA');
    expect(french.translations[quote]).toBe('Traduction');
    expect(french.reasons[0]!.quote).toBe(quote);
    expect(french.quoteLang).toBe('en');
    expect(describeDecision(decision, policy, 'de-CH').translations[quote]).toBe('Übersetzung');
    expect(describeDecision(decision, policy, 'de').translations).toEqual({});
    expect(describeDecision(decision, policy, 'en').translations).toEqual({});
  });

  it('a translation of a text that is no quote of the policy is an error: it would never be shown', () => {
    const result = translated({ quoteTranslations: { 'Returns within 31 days.': { fr: 'Retours sous 31 jours.' } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/quoteTranslations.*not the exact text of any quote/);
  });

  it('a built-in policy in one language keeps only the translations into that language', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'policy-')), 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...structuredClone(igarden),
        quoteTranslations: { [quote]: { fr: 'Traduction', 'fr-CA': 'Traduction canadienne', de: 'Übersetzung' } },
      }),
    );
    const inLanguage = async (lang: string) => {
      const module = (await (policyLanguage().load as (id: string) => Promise<string> | string)(`${file}?lang=${lang}`)) as string;
      return JSON.parse(JSON.parse(/^export default JSON\.parse\((.*)\);$/s.exec(module)![1]!)) as Policy;
    };
    expect((await inLanguage('fr')).quoteTranslations).toEqual({ [quote]: { fr: 'Traduction', 'fr-CA': 'Traduction canadienne' } });
    expect((await inLanguage('de')).quoteTranslations).toEqual({ [quote]: { de: 'Übersetzung' } });
    expect((await inLanguage('en')).quoteTranslations).toEqual({});
    rmSync(dirname(file), { recursive: true });
  });

  it('a translation must say its language as a language tag', () => {
    const result = translated({ quoteTranslations: { [quote]: { French: 'Traduction' } } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/language tag/);
  });
});
