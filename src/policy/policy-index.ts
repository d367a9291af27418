/**
 * What the explorer needs to know of a policy, gathered once per policy: each
 * fact's kind and options, and every boundary a rule draws on it (the thresholds
 * of numbers, the spans counted from dates, the edges of dated ranges).
 */
import { eachTest } from './conditions.ts';
import { BUILT_IN_FACTS, isBuiltInFact, SITUATIONS } from './facts.ts';
import type { FactKind, FactName } from './facts.ts';
import type { Condition, Policy, Rule, Span, Terms } from './schema.ts';

export interface PolicyIndex {
  kinds: Map<FactName, FactKind>;
  options: Map<FactName, string[]>;
  spans: Map<FactName, Span[]>;
  dateEdges: Map<FactName, string[]>;
  thresholds: Map<FactName, number[]>;
  /** Facts decided by the store, never asked. */
  storeFacts: Set<FactName>;
}

const indexes = new WeakMap<Policy, PolicyIndex>();

/** The kind of a declared fact: its own `kind`, or the built-in one. */
export function kindOf(policy: Policy, fact: FactName): FactKind | undefined {
  const spec = Object.hasOwn(policy.facts, fact) ? policy.facts[fact] : undefined;
  if (spec?.kind) return spec.kind;
  return isBuiltInFact(fact) ? BUILT_IN_FACTS[fact] : undefined;
}

/** Every condition of a policy, with where it stands (for the validator's messages). */
export function eachCondition(policy: Policy, visit: (condition: Condition, path: string) => void): void {
  const terms = (entries: Terms, path: string) => {
    for (const key of ['outcome', 'requirements', 'fees', 'originalShipping', 'returnShipping', 'steps', 'timeline', 'notes'] as const) {
      (entries[key] ?? []).forEach((entry: { when?: Condition; require?: Condition }, index: number) => {
        if (entry.when) visit(entry.when, `${path}.${key}[${index}].when`);
        if (entry.require) visit(entry.require, `${path}.${key}[${index}].require`);
      });
    }
  };
  policy.rules.forEach((rule: Rule, index) => {
    if (rule.when) visit(rule.when, `rules[${index}].when`);
    terms(rule, `rules[${index}]`);
  });
  for (const [name, entries] of Object.entries(policy.terms)) terms(entries, `terms.${name}`);
  policy.notes.forEach((note, index) => note.when && visit(note.when, `notes[${index}].when`));
}

function push<T>(map: Map<FactName, T[]>, fact: FactName, value: T): void {
  const list = map.get(fact);
  if (list) list.push(value);
  else map.set(fact, [value]);
}

/** The index of a policy, built on first use. */
export function indexOf(policy: Policy): PolicyIndex {
  let index = indexes.get(policy);
  if (index) return index;
  index = { kinds: new Map(), options: new Map(), spans: new Map(), dateEdges: new Map(), thresholds: new Map(), storeFacts: new Set() };
  for (const fact of Object.keys(policy.facts)) {
    const kind = kindOf(policy, fact);
    if (kind) index.kinds.set(fact, kind);
    const spec = policy.facts[fact]!;
    if (fact === 'situation') index.options.set(fact, [...SITUATIONS]);
    else if (spec.options) index.options.set(fact, Object.keys(spec.options));
    if (spec.from === 'store') index.storeFacts.add(fact);
  }
  if (!index.kinds.has('situation')) {
    index.kinds.set('situation', 'choice');
    index.options.set('situation', [...SITUATIONS]);
  }
  const target = index;
  eachCondition(policy, (condition) =>
    eachTest(condition, (test) => {
      const fact = test.fact!;
      if (test.within) push(target.spans, fact, test.within);
      for (const edge of [test.onOrAfter, test.onOrBefore]) if (edge !== undefined) push(target.dateEdges, fact, edge);
      for (const threshold of [test.above, test.atLeast, test.below, test.atMost]) if (threshold !== undefined) push(target.thresholds, fact, threshold);
    }),
  );
  for (const rule of policy.rules) {
    const window = rule.window;
    if (!window) continue;
    for (const fact of typeof window.from === 'string' ? [window.from] : (window.from ?? [])) push(index.spans, fact, window);
    for (const extension of window.extensions) {
      push(index.dateEdges, extension.purchasedOn, extension.purchasedFrom);
      push(index.dateEdges, extension.purchasedOn, extension.purchasedThrough);
    }
  }
  indexes.set(policy, index);
  return index;
}
