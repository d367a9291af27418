/**
 * The questions: one for each fact the policy may need, with its answer kind.
 * Which question comes next is never decided here: the policy module lists the
 * facts that can still change the decision, and the first of them is asked.
 */
import { FACTS } from '../policy/index.ts';
import type { FactName, Facts, NeededFact, Policy } from '../policy/index.ts';
import { fill, formatDate, messagesFor, textIn } from './i18n.ts';
import type { Locale } from './i18n.ts';

export type AnswerKind = 'choice' | 'date' | 'time' | 'amount' | 'weight';

/**
 * Two facts that one tap can answer together, asked as one question when the policy
 * needs both: "Yes, I'm returning the whole bundle" answers two bundle questions at once.
 */
export const GROUPS = {
  itemCondition: {
    facts: ['packagingComplete', 'labelsIntact'],
    options: {
      complete: { packagingComplete: true, labelsIntact: true },
      'missing-parts': { packagingComplete: false },
      'label-damaged': { labelsIntact: false },
    },
  },
  bundle: {
    facts: ['isBundle', 'entireBundleReturned'],
    options: {
      'not-bundle': { isBundle: false },
      'whole-bundle': { isBundle: true, entireBundleReturned: true },
      'part-of-bundle': { isBundle: true, entireBundleReturned: false },
    },
  },
  preOrderStatus: {
    facts: ['preOrder', 'productionStarted'],
    options: {
      'not-pre-order': { preOrder: false },
      'not-in-production': { preOrder: true, productionStarted: false },
      'in-production': { preOrder: true, productionStarted: true },
    },
  },
} as const satisfies Record<string, { facts: readonly FactName[]; options: Record<string, Facts> }>;
export type GroupId = keyof typeof GROUPS;

/** A fact, the time of a date fact (`deliveredAt.time`), or a group of facts asked together. */
export type QuestionKey = FactName | `${FactName}.time` | GroupId;

export function isGroup(key: string): key is GroupId {
  return Object.prototype.hasOwnProperty.call(GROUPS, key);
}

/** The facts a question's answer gives. */
export function factsOfKey(key: QuestionKey): readonly FactName[] {
  return isGroup(key) ? GROUPS[key].facts : [factOf(key)];
}

/**
 * The question to ask next: the first fact the policy still needs, or the group it
 * belongs to when the policy needs every fact of that group and none is known.
 */
export function nextQuestionKey(needed: readonly NeededFact[], known: Facts): QuestionKey | null {
  const first = needed[0];
  if (!first) return null;
  if (first.precision === 'time') return keyOf(first);
  const stillOpen = (fact: FactName) => known[fact] === undefined && needed.some((n) => n.fact === fact && n.precision === 'value');
  const group = (Object.keys(GROUPS) as GroupId[]).find(
    (id) => (GROUPS[id].facts as readonly FactName[]).includes(first.fact) && GROUPS[id].facts.every(stillOpen),
  );
  return group ?? first.fact;
}

export interface Option {
  value: string | boolean;
  label: string;
}

export interface Question {
  key: QuestionKey;
  fact: FactName;
  kind: AnswerKind;
  text: string;
  /** Quick replies: every option for a choice, "today" and "yesterday" for a date. */
  options: Option[];
}

export function keyOf(needed: NeededFact): QuestionKey {
  return needed.precision === 'time' ? `${needed.fact}.time` : needed.fact;
}

export function factOf(key: QuestionKey): FactName {
  return isGroup(key) ? GROUPS[key].facts[0] : (key.split('.')[0] as FactName);
}

/** The store-specific words a question or option may contain. */
export function wordsFor(policy: Policy, locale: Locale): Record<string, string> {
  return {
    store: policy.store.name,
    currency: policy.store.currency,
    domestic: policy.domesticRegion ? textIn(policy.domesticRegion, locale) : '',
  };
}

/** The question to ask for a needed fact, worded in the locale. */
export function questionFor(key: QuestionKey, policy: Policy, facts: Facts, locale: Locale): Question {
  const messages = messagesFor(locale);
  const fact = factOf(key);
  const words = wordsFor(policy, locale);
  if (isGroup(key)) {
    const labels = messages.options[key] as Record<string, string>;
    const options = Object.keys(GROUPS[key].options).map((value) => ({ value, label: fill(labels[value]!, words) }));
    return { key, fact, kind: 'choice', text: fill(messages.questions[key], words), options };
  }
  if (key.endsWith('.time')) {
    const date = String(facts[fact] ?? '').slice(0, 10);
    const template = messages.questions[`${fact}Time` as keyof typeof messages.questions];
    return { key, fact, kind: 'time', text: fill(template, { ...words, date: date ? formatDate(date, locale) : '' }), options: [] };
  }
  const spec = FACTS[fact];
  const text = fill(messages.questions[fact], words);
  switch (spec.kind) {
    case 'choice': {
      const labels = messages.options[fact as keyof typeof messages.options] as Record<string, string>;
      const allowed = fact === 'situation' ? policy.situations : spec.options;
      return { key, fact, kind: 'choice', text, options: allowed.map((value) => ({ value, label: fill(labels[value]!, words) })) };
    }
    case 'yes-no':
      return { key, fact, kind: 'choice', text, options: [{ value: true, label: messages.options.yes }, { value: false, label: messages.options.no }] };
    case 'date':
    case 'moment':
      return { key, fact, kind: 'date', text, options: [{ value: 'today', label: messages.shortcuts.today }, { value: 'yesterday', label: messages.shortcuts.yesterday }] };
    case 'amount':
      return { key, fact, kind: 'amount', text, options: [] };
    case 'weight':
      return { key, fact, kind: 'weight', text, options: [] };
  }
}
