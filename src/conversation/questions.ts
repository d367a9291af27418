/**
 * The questions, generated from the policy: one for each fact it declares (in the
 * merchant's words, or the widget's own words for a built-in fact), and one for each
 * group of facts it declares. Which question comes next is never decided here: the
 * policy module lists the facts that can still change the decision, and the first of
 * them is asked.
 */
import { kindOf } from '../policy/index.ts';
import type { FactName, Facts, FactValue, Group, NeededFact, Policy } from '../policy/index.ts';
import { fill, formatDate, formatDateTime, formatMoney, messagesFor, textIn } from './i18n.ts';
import type { Locale } from './i18n.ts';

export type AnswerKind = 'choice' | 'date' | 'time' | 'amount' | 'weight' | 'number';

/** A fact, the time of a date fact (`deliveredAt.time`), or a group of facts asked together (its id). */
export type QuestionKey = string;

/** The value of the "I don't know" quick reply. */
export const DONT_KNOW = '?';

export function groupOf(policy: Policy, key: string): Group | undefined {
  return Object.hasOwn(policy.groups, key) ? policy.groups[key] : undefined;
}

/** The facts a question's answer gives. */
export function factsOfKey(policy: Policy, key: QuestionKey): readonly FactName[] {
  return groupOf(policy, key)?.facts ?? [factOf(policy, key)];
}

export function factOf(policy: Policy, key: QuestionKey): FactName {
  return groupOf(policy, key)?.facts[0] ?? key.split('.')[0]!;
}

/**
 * The question to ask next: the first fact the policy still needs, or the group it
 * belongs to when the policy needs every fact of that group and none is known.
 */
export function nextQuestionKey(policy: Policy, needed: readonly NeededFact[], known: Facts): QuestionKey | null {
  const first = needed[0];
  if (!first) return null;
  if (first.precision === 'time') return keyOf(first);
  const stillOpen = (fact: FactName) => known[fact] === undefined && needed.some((n) => n.fact === fact && n.precision === 'value');
  const group = Object.keys(policy.groups).find((id) => policy.groups[id]!.facts.includes(first.fact) && policy.groups[id]!.facts.every(stillOpen));
  return group ?? first.fact;
}

export interface Option {
  value: string | boolean;
  label: string;
  /** Words a shopper may type for it. */
  words?: readonly string[];
}

export interface Question {
  key: QuestionKey;
  fact: FactName;
  kind: AnswerKind;
  text: string;
  help: string | null;
  /** Quick replies: every option for a choice, "today" and "yesterday" for a date. */
  options: Option[];
  /** True when "I don't know" is offered. */
  canSayDontKnow: boolean;
}

export function keyOf(needed: NeededFact): QuestionKey {
  return needed.precision === 'time' ? `${needed.fact}.time` : needed.fact;
}

/** The store-specific words a question or option may contain. */
export function wordsFor(policy: Policy, locale: Locale): Record<string, string> {
  return { store: policy.store.name, currency: policy.store.currency, contact: textIn(policy.store.contact, locale) };
}

type OptionSpec = NonNullable<NonNullable<Policy['facts'][string]>['options']>[string];
type Text = Parameters<typeof textIn>[0];
/** An option is its label (text, or texts by language), or `{ label, help, words }`. */
function optionLabel(spec: OptionSpec): { label: Text; words?: readonly string[] } {
  if (typeof spec === 'object' && !('en' in spec)) {
    const option = spec as { label: Text; words?: string[] };
    return { label: option.label, ...(option.words ? { words: option.words } : {}) };
  }
  return { label: spec as Text };
}

/** A value of a fact as the shopper would write it: a date, an amount, a weight, an option's label, yes or no. */
function shownValue(policy: Policy, fact: FactName, value: FactValue, locale: Locale): string {
  const messages = messagesFor(locale);
  const kind = kindOf(policy, fact);
  if (typeof value === 'boolean') return value ? messages.options.yes : messages.options.no;
  if ((kind === 'date' || kind === 'moment') && typeof value === 'string') return value.length > 10 ? formatDateTime(value, locale) : formatDate(value, locale);
  if (kind === 'amount' && typeof value === 'number') return formatMoney(value, policy.store.currency, locale);
  if (kind === 'weight' && typeof value === 'number') return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} lb`;
  if (fact === 'situation') return (messages.options.situation as Record<string, string>)[String(value)] ?? String(value);
  const option = Object.hasOwn(policy.facts, fact) ? policy.facts[fact]!.options?.[String(value)] : undefined;
  return option ? textIn(optionLabel(option).label, locale) : String(value);
}

/**
 * How a fact's value reads in "if …": the policy's own words for it (`says`), a range of dates or amounts
 * ("the delivery date is after Oct 23"), or "your answer to “…” is “Yes”".
 */
export function valueLabel(
  policy: Policy,
  fact: FactName,
  value: FactValue,
  locale: Locale,
  range?: { after: FactValue | null; upTo: FactValue | null },
): string {
  const messages = messagesFor(locale);
  const spec = Object.hasOwn(policy.facts, fact) ? policy.facts[fact] : undefined;
  const says = spec?.says?.[String(value)];
  if (says && !range) return textIn(says, locale);
  if (range && (range.after !== null || range.upTo !== null)) {
    const dated = kindOf(policy, fact) === 'date' || kindOf(policy, fact) === 'moment';
    const name = messages.result.factNames[fact] ?? `“${questionText(policy, fact, locale)}”`;
    const from = range.after === null ? '' : shownValue(policy, fact, range.after, locale);
    const to = range.upTo === null ? '' : shownValue(policy, fact, range.upTo, locale);
    const template =
      range.after === null
        ? dated
          ? messages.result.rangeUpTo
          : messages.result.rangeAtMost
        : range.upTo === null
          ? dated
            ? messages.result.rangeAfter
            : messages.result.rangeAbove
          : dated
            ? messages.result.rangeBetween
            : messages.result.rangeFromTo;
    return fill(template, { fact: name, from, to });
  }
  if (fact === 'situation') return shownValue(policy, fact, value, locale);
  return fill(messages.result.answerIs, { question: questionText(policy, fact, locale), answer: shownValue(policy, fact, value, locale) });
}

/** A question in the policy's words, else the catalogue's; worded for a purchase still to be made when the shopper is checking before buying. */
function questionText(policy: Policy, fact: FactName, locale: Locale, beforeBuying = false): string {
  const messages = messagesFor(locale);
  const spec = Object.hasOwn(policy.facts, fact) ? policy.facts[fact] : undefined;
  const catalogue = (beforeBuying && (messages.questionsBeforeBuying as Record<string, string>)[fact]) || (messages.questions as Record<string, string>)[fact];
  const own = (beforeBuying && spec?.questionBeforeBuying) || spec?.question;
  return fill(own ? textIn(own, locale) : (catalogue ?? fact), wordsFor(policy, locale));
}

/** The question to ask for a needed fact, worded in the locale. */
export function questionFor(key: QuestionKey, policy: Policy, facts: Facts, locale: Locale): Question {
  const messages = messagesFor(locale);
  const words = wordsFor(policy, locale);
  const group = groupOf(policy, key);
  const base = { key, help: null, canSayDontKnow: true };
  if (group) {
    const options = Object.entries(group.options).map(([value, option]) => ({
      value,
      label: fill(textIn(option.label, locale), words),
      ...(option.words ? { words: option.words } : {}),
    }));
    return { ...base, fact: group.facts[0]!, kind: 'choice', text: fill(textIn(group.question, locale), words), options };
  }
  const fact = factOf(policy, key);
  const spec = Object.hasOwn(policy.facts, fact) ? policy.facts[fact] : undefined;
  const help = spec?.help ? textIn(spec.help, locale) : null;
  if (key.endsWith('.time')) {
    const date = String(facts[fact] ?? '').slice(0, 10);
    const template = (messages.questions as Record<string, string>)[`${fact}Time`] ?? messages.questions.timeOf;
    return { ...base, fact, kind: 'time', text: fill(template, { ...words, date: date ? formatDate(date, locale) : '' }), options: [] };
  }
  const text = questionText(policy, fact, locale, facts.situation === 'before-buying');
  /** The question about `fact` of this kind, with these quick replies. */
  const asked = (kind: Question['kind'], options: Question['options'] = [], more: Partial<Question> = {}): Question => ({
    ...base,
    fact,
    kind,
    text,
    help,
    options,
    ...more,
  });
  switch (kindOf(policy, fact)) {
    case 'choice': {
      if (fact === 'situation') {
        const labels = messages.options.situation as Record<string, string>;
        const options = policy.situations.map((value) => ({ value, label: fill(labels[value] ?? value, words) }));
        return asked('choice', options, { canSayDontKnow: false });
      }
      const options = Object.entries(spec?.options ?? {}).map(([value, option]) => {
        const { label, words: typed } = optionLabel(option);
        return { value, label: fill(textIn(label, locale), words), ...(typed ? { words: typed } : {}) };
      });
      return asked('choice', options);
    }
    case 'yes-no':
      return asked('choice', [
        { value: true, label: messages.options.yes },
        { value: false, label: messages.options.no },
      ]);
    case 'date':
    case 'moment':
      return asked('date', [
        { value: 'today', label: messages.shortcuts.today },
        { value: 'yesterday', label: messages.shortcuts.yesterday },
      ]);
    case 'amount':
      return asked('amount');
    case 'weight':
      return asked('weight');
    default:
      return asked('number');
  }
}
