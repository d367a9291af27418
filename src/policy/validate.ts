/** Checks a merchant's own policy data (untrusted JSON) before it is used. */
import * as v from 'valibot';
import { eachTest } from './conditions.ts';
import { explore } from './explore.ts';
import { ownCopy } from './prepare.ts';
import { BUILT_IN_FACTS, isBuiltInFact, SITUATIONS } from './facts.ts';
import { eachCondition, kindOf } from './policy-index.ts';
import { policySchema } from './schema.ts';
import { drain } from './steps.ts';
import type { Condition, Policy } from './schema.ts';
import type { Outcome } from './decision.ts';

/** One finding, at its JSON path. Errors make the policy unusable; warnings point at a likely mistake. */
export interface PolicyIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
  suggestion?: string;
}

export type PolicyValidation =
  | { ok: true; policy: Policy; warnings: PolicyIssue[]; issues: PolicyIssue[] }
  | { ok: false; errors: string[]; issues: PolicyIssue[] };

const DOCS = 'docs/policy-format.md';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = typeof value === 'object' && value !== null ? (Array.isArray(value) ? 'a list' : 'an object') : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path || '(policy)';
}

/** The closest of `choices` to `word` (edit distance), for "did you mean" suggestions. */
function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = distance(word.toLowerCase(), choice.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = choice;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** Ids of every clause in a policy, with where each stands; and (in `quotes`) the text each quotes. */
function clauseIds(value: unknown, path: string, out: [string, string][], quotes: Set<string>): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => clauseIds(item, `${path}[${index}]`, out, quotes));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.quote === 'string') {
      out.push([record.id, `${path}.id`]);
      quotes.add(record.quote);
    }
    for (const key of Object.keys(record)) clauseIds(record[key], path ? `${path}.${key}` : key, out, quotes);
  }
}

/** What the structure alone cannot say. */
function crossChecks(policy: Policy, options: ValidateOptions): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const error = (path: string, message: string, suggestion?: string) =>
    issues.push({ severity: 'error', path, message, ...(suggestion ? { suggestion } : {}) });
  const warning = (path: string, message: string, suggestion?: string) =>
    issues.push({ severity: 'warning', path, message, ...(suggestion ? { suggestion } : {}) });
  const declared = Object.keys(policy.facts);

  const seen = new Map<string, string>();
  const ids: [string, string][] = [];
  const quotes = new Set<string>();
  clauseIds(policy, '', ids, quotes);
  for (const [id, where] of ids) {
    const first = seen.get(id);
    if (first) error(where, `the id "${id}" is used twice (also at ${first})`, 'give each clause its own id');
    else seen.set(id, where);
  }

  // A translation left behind when its quote was corrected would never be shown.
  for (const quote of Object.keys(policy.quoteTranslations ?? {})) {
    if (!quotes.has(quote))
      error(
        `quoteTranslations["${describe(quote).slice(1, -1)}"]`,
        'is not the exact text of any quote in this policy',
        'copy the quote it translates, word for word',
      );
  }

  for (const [name, spec] of Object.entries(policy.facts)) {
    const path = `facts.${name}`;
    if (isBuiltInFact(name)) {
      if (spec.kind && spec.kind !== BUILT_IN_FACTS[name])
        error(`${path}.kind`, `${name} is a built-in fact of kind ${BUILT_IN_FACTS[name]}, not ${spec.kind}`, 'leave kind out, or use a name of your own');
    } else {
      if (!spec.kind) error(`${path}.kind`, `required for a fact of your own`, 'one of yes-no, choice, number, amount, date, moment, weight');
      if (!spec.question)
        error(`${path}.question`, `required for a fact of your own: the question the shopper is asked`, `e.g. { "en": "Are the tags still attached?" }`);
    }
    if (kindOf(policy, name) === 'choice' && name !== 'situation' && (!spec.options || Object.keys(spec.options).length < 2)) {
      error(`${path}.options`, 'a choice needs at least two options', '{ "value": "Label", … }');
    }
  }

  const requireFact = (fact: string, path: string, kinds?: readonly string[]) => {
    const kind = kindOf(policy, fact);
    if (!declared.includes(fact) && fact !== 'situation') {
      error(
        path,
        `reads the fact "${fact}", which "facts" does not declare`,
        closest(fact, declared) ? `did you mean "${closest(fact, declared)}"?` : `declare it under facts.${fact}`,
      );
      return;
    }
    if (kinds && kind && !kinds.includes(kind)) error(path, `"${fact}" is a ${kind} fact; this needs ${kinds.join(' or ')}`);
  };

  const checkTest = (test: Condition, path: string) => {
    const fact = test.fact!;
    requireFact(fact, `${path}.fact`);
    const kind = kindOf(policy, fact);
    if (!kind) return;
    const options = fact === 'situation' ? [...SITUATIONS] : Object.keys(policy.facts[fact]?.options ?? {});
    for (const value of [...(test.is !== undefined ? [test.is] : []), ...(test.in ?? [])]) {
      if (kind === 'choice' && !options.includes(String(value))) {
        error(
          `${path}.${test.is !== undefined ? 'is' : 'in'}`,
          `"${String(value)}" is not an option of ${fact}`,
          closest(String(value), options) ? `did you mean "${closest(String(value), options)}"?` : `one of ${options.join(', ')}`,
        );
      }
      if (kind === 'yes-no' && typeof value !== 'boolean') error(`${path}.is`, `${fact} is yes or no: compare with true or false, not ${describe(value)}`);
    }
    if ([test.above, test.atLeast, test.below, test.atMost].some((x) => x !== undefined) && !['number', 'amount', 'weight'].includes(kind)) {
      error(path, `${fact} is a ${kind} fact: it cannot be compared as a number`);
    }
    if ((test.within || test.onOrAfter || test.onOrBefore) && kind !== 'date' && kind !== 'moment') error(path, `${fact} is a ${kind} fact, not a date`);
    if (test.within && (test.within.hours !== undefined || test.within.minutes !== undefined) && kind === 'date') {
      warning(path, `${fact} is a date without a time: an hour or minute span counts from the start of that day at the latest`, `declare it as a moment`);
    }
  };
  eachCondition(policy, (condition, path) => eachTest(condition, (test) => checkTest(test, path)));

  const termNames = Object.keys(policy.terms);
  let unconditionalAt = -1;
  const whenSeen = new Map<string, number>();
  policy.rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    for (const name of rule.uses ?? [])
      if (!termNames.includes(name))
        error(`${path}.uses`, `no terms named "${name}"`, closest(name, termNames) ? `did you mean "${closest(name, termNames)}"?` : 'define it under "terms"');
    const from = rule.window?.from;
    for (const fact of typeof from === 'string' ? [from] : (from ?? [])) requireFact(fact, `${path}.window.from`, ['date', 'moment']);
    if (Array.isArray(from) && (rule.window?.hours !== undefined || rule.window?.minutes !== undefined)) {
      error(`${path}.window.from`, 'a list of dates ("whichever is later") counts days, not hours or minutes', 'use days or businessDays');
    }
    if (rule.window?.until) requireFact(rule.window.until, `${path}.window.until`, ['yes-no']);
    for (const [i, extension] of (rule.window?.extensions ?? []).entries())
      requireFact(extension.purchasedOn, `${path}.window.extensions[${i}].purchasedOn`, ['date', 'moment']);
    if (rule.verdict === 'handled-elsewhere' && !rule.handledBy)
      warning(path, 'a handled-elsewhere rule should say who handles it', 'add "handledBy": { "en": "the manufacturer" }');
    if (rule.verdict !== 'eligible' && rule.window) warning(`${path}.window`, `a window on a ${rule.verdict} rule only decides when it applies`);
    for (const [key, list] of [
      ['fees', rule.fees],
      ['requirements', rule.requirements],
      ['returnShipping', rule.returnShipping],
      ['outcome', rule.outcome],
    ] as const) {
      if (rule.verdict !== 'eligible' && list && list.length > 0)
        warning(`${path}.${key}`, `${key} only apply to an eligible rule; this one is ${rule.verdict}`);
    }
    if (unconditionalAt >= 0) {
      warning(path, `never reached: rules[${unconditionalAt}] applies to every purchase before it`, 'move this rule up, or give the earlier one a "when"');
    }
    const key = JSON.stringify(rule.when ?? null);
    const earlier = whenSeen.get(key);
    if (earlier !== undefined && !policy.rules[earlier]!.window && unconditionalAt < 0) {
      warning(
        path,
        `never reached: rules[${earlier}] has the same "when" and decides first${policy.rules[earlier]!.verdict !== rule.verdict ? ` (with another verdict, ${policy.rules[earlier]!.verdict})` : ''}`,
        'merge the two, or narrow the earlier one',
      );
    }
    if (earlier === undefined) whenSeen.set(key, index);
    if (!rule.when && (!rule.window || rule.ifClosed === 'not-eligible') && unconditionalAt < 0) unconditionalAt = index;
  });

  const feeChecks = (fees: readonly { basisPoints?: number }[] | undefined, path: string) =>
    (fees ?? []).forEach((fee, i) => {
      if (fee.basisPoints !== undefined && fee.basisPoints > 0 && fee.basisPoints <= 100) {
        warning(
          `${path}.fees[${i}].basisPoints`,
          `${fee.basisPoints} basis points is ${fee.basisPoints / 100} %`,
          `if you meant ${fee.basisPoints} %, write ${fee.basisPoints * 100}`,
        );
      }
    });
  policy.rules.forEach((rule, index) => feeChecks(rule.fees, `rules[${index}]`));
  for (const [name, terms] of Object.entries(policy.terms)) feeChecks(terms.fees, `terms.${name}`);

  for (const [name, group] of Object.entries(policy.groups)) {
    group.facts.forEach((fact, i) => requireFact(fact, `groups.${name}.facts[${i}]`));
    for (const [option, { sets }] of Object.entries(group.options)) {
      for (const fact of Object.keys(sets))
        if (!group.facts.includes(fact)) error(`groups.${name}.options.${option}.sets.${fact}`, `"${fact}" is not one of this group's facts`);
    }
  }

  // A situation offered for which every way the purchase can go ends in "the policy doesn't say".
  if (options.coverage !== false && !issues.some((issue) => issue.severity === 'error')) {
    const now = Date.UTC(2026, 0, 15, 12);
    policy.situations.forEach((situation, index) => {
      // Stopped at the first way it is covered: only whether there is one matters here.
      const covered = (outcome: Outcome) => outcome.ruleId !== 'not-covered';
      const { leaves } = explore({ policy, facts: { situation }, now, timeZone: 'UTC', today: '2026-01-15' }, new Set(), covered);
      if (leaves.length > 0 && !leaves.some((leaf) => covered(leaf.outcome))) {
        warning(
          `situations[${index}]`,
          `"${situation}" is offered, but no rule applies to it: shoppers will be told the policy doesn't say`,
          'add a rule for it, or remove it from situations',
        );
      }
    });
  }
  return issues;
}

export interface ValidateOptions {
  /**
   * Also look for a situation that no rule covers (a warning: shoppers would be told the policy doesn't say), by a
   * search of the policy for each situation. True by default; the widget, which reads only errors, skips it.
   */
  coverage?: boolean;
}

/**
 * Validates policy data. Errors name the path and what was expected, e.g.
 * `rules[2].window.days: expected a positive whole number, got "thirty"`; warnings
 * point at likely mistakes (a rule that is never reached, 15 basis points meant as 15 %).
 * @example
 * const result = validatePolicy(JSON.parse(text));
 * if (!result.ok) console.error(result.errors.join('\n'));
 */
export function validatePolicy(data: unknown, options: ValidateOptions = {}): PolicyValidation {
  return drain(validatePolicyInSteps(data, options));
}

/**
 * The same validation in steps: it pauses after reading the data against the format, after copying what was read,
 * and before the checks across the policy (a rich policy's validation takes a slow phone some 80 ms in one piece).
 * @example
 * const steps = validatePolicyInSteps(data, { coverage: false });
 * let step = steps.next();
 * while (!step.done) { await scheduler.yield(); step = steps.next(); }
 * const result = step.value;
 */
export function* validatePolicyInSteps(data: unknown, options: ValidateOptions = {}): Generator<void, PolicyValidation> {
  const fail = (issues: PolicyIssue[]): PolicyValidation => ({ ok: false, errors: issues.filter((i) => i.severity === 'error').map(formatIssue), issues });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail([{ severity: 'error', path: '(policy)', message: `expected a policy object, got ${describe(data)}` }]);
  }
  const format = Object.hasOwn(data, 'format') ? (data as { format: unknown }).format : undefined;
  if (format !== 2) {
    return fail([
      {
        severity: 'error',
        path: 'format',
        message: format === 1 ? 'this is a format 1 policy; only format 2 is read now' : `expected 2, got ${describe(format)}`,
        suggestion: `rewrite it as format 2: see ${DOCS}`,
      },
    ]);
  }
  const copy = ownCopy(data);
  yield;
  const result = v.safeParse(policySchema, copy, { abortEarly: false });
  yield;
  if (!result.success) {
    const issues = result.issues.map((issue): PolicyIssue => {
      const path = pathOf(issue);
      if (issue.type === 'strict_object' && issue.expected === 'never') {
        const key = String(issue.path?.at(-1)?.key ?? '');
        return { severity: 'error', path, message: 'not a field of the policy format', suggestion: `check its spelling (${DOCS})${key ? '' : ''}` };
      }
      if (issue.type === 'strict_object' && issue.input === undefined && issue.path?.length) {
        return { severity: 'error', path, message: 'required, but missing' };
      }
      return { severity: 'error', path, message: `expected ${issue.message}, got ${describe(issue.input)}` };
    });
    const unique = new Map(issues.map((issue) => [formatIssue(issue), issue]));
    return fail([...unique.values()]);
  }
  // The parsed policy is copied again: its objects would otherwise inherit what a page put on Object.prototype.
  const policy = ownCopy(result.output) as Policy;
  yield;
  const issues = crossChecks(policy, options);
  if (issues.some((issue) => issue.severity === 'error')) return fail(issues);
  return { ok: true, policy, warnings: issues, issues };
}

/** `path: message (suggestion)` */
export function formatIssue(issue: PolicyIssue): string {
  return `${issue.path}: ${issue.message}${issue.suggestion ? ` — ${issue.suggestion}` : ''}`;
}
