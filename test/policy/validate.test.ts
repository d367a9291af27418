import { describe, expect, it } from 'vitest';
import { evaluate, formatIssue, validatePolicy, validatePolicyInSteps } from '../../src/policy/index.ts';
import type { PolicyInput } from '../../src/policy/index.ts';
import { igarden, imicro } from '../support/policies.ts';
import { at, zone } from './support.ts';

/** A policy as JSON would bring it: a deep copy that a test can break. */
const copy = (policy: unknown): Record<string, any> => JSON.parse(JSON.stringify(policy));
const ruleIndex = (p: Record<string, any>, id: string) => (p.rules as { id: string }[]).findIndex((rule) => rule.id === id);
const WINDOW = 'igarden.window.30-days';

const broken: { name: string; change: (policy: Record<string, any>) => unknown; error: string }[] = [
  {
    name: 'days written in words',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].window.days = 'thirty'), p),
    error: 'rules[7].window.days: expected a positive whole number, got "thirty"',
  },
  {
    name: 'zero days',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].window.days = 0), p),
    error: 'rules[7].window.days: expected a positive whole number, got 0',
  },
  {
    name: 'a fraction of a day',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].window.days = 1.5), p),
    error: 'rules[7].window.days: expected a positive whole number, got 1.5',
  },
  {
    name: 'a window with two lengths',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].window.hours = 48), p),
    error: 'rules[7].window: expected either { days | businessDays | hours | minutes, from } or { until }, got an object',
  },
  { name: 'a missing id', change: (p) => (delete p.id, p), error: 'id: required, but missing' },
  {
    name: 'a misspelt field',
    change: (p) => ((p.rules[0].verdcit = 'eligible'), p),
    error: 'rules[0].verdcit: not a field of the policy format — check its spelling (docs/policy-format.md)',
  },
  {
    name: 'a fee as a percentage',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].fees[0].basisPoints = 3.8), p),
    error: 'rules[7].fees[0].basisPoints: expected a rate in whole basis points (3.8 % is 380), got 3.8',
  },
  { name: 'a rule without its quote', change: (p) => ((p.rules[0].quote = '  '), p), error: 'rules[0].quote: expected non-empty text, got ""' },
  {
    name: 'an unknown situation',
    change: (p) => ((p.situations[1] = 'lost-parcel'), p),
    error:
      'situations[1]: expected one of changed-mind, defective, damaged-on-arrival, wrong-item, not-arrived, cancel-order, before-buying, got "lost-parcel"',
  },
  {
    name: 'a bad support email',
    change: (p) => ((p.store.email = 'support at igarden'), p),
    error: 'store.email: expected an email address, got "support at igarden"',
  },
  {
    name: 'text with no English',
    change: (p) => ((p.store.contact = { es: 'soporte' }), p),
    error: 'store.contact: expected text, or an object of texts by language with at least "en", got an object',
  },
  {
    name: 'the same id twice',
    change: (p) => ((p.rules[1].id = 'igarden.scope.retailer'), p),
    error: 'rules[1].id: the id "igarden.scope.retailer" is used twice (also at rules[0].id) — give each clause its own id',
  },
  {
    name: 'a currency in words',
    change: (p) => ((p.store.currency = 'dollars'), p),
    error: 'store.currency: expected a three-letter currency code such as USD, got "dollars"',
  },
  {
    name: 'a fact no rule declares',
    change: (p) => ((p.rules[0].when = { fact: 'tagsAtached', is: true }), p),
    error: 'rules[0].when.fact: reads the fact "tagsAtached", which "facts" does not declare — declare it under facts.tagsAtached',
  },
  {
    name: 'a misspelt fact',
    change: (p) => ((p.rules[0].when = { fact: 'soldby', is: 'store' }), p),
    error: 'rules[0].when.fact: reads the fact "soldby", which "facts" does not declare — did you mean "soldBy"?',
  },
  {
    name: 'a value that is not an option',
    change: (p) => ((p.rules[0].when = { fact: 'soldBy', is: 'other-retailers' }), p),
    error: 'rules[0].when.is: "other-retailers" is not an option of soldBy — did you mean "other-retailer"?',
  },
  {
    name: 'yes written as a word',
    change: (p) => ((p.rules[1].when.all[1].is = 'yes'), p),
    error: 'rules[1].when.is: shipped is yes or no: compare with true or false, not "yes"',
  },
  {
    name: 'a number compared with a date',
    change: (p) => ((p.rules[0].when = { fact: 'deliveredAt', above: 3 }), p),
    error: 'rules[0].when: deliveredAt is a moment fact: it cannot be compared as a number',
  },
  {
    name: 'shared terms that do not exist',
    change: (p) => ((p.rules[ruleIndex(p, WINDOW)].uses = ['retuns']), p),
    error: 'rules[7].uses: no terms named "retuns" — did you mean "returns"?',
  },
  {
    name: 'a fact of your own with no question',
    change: (p) => (delete p.facts.packagingComplete.question, p),
    error:
      'facts.packagingComplete.question: required for a fact of your own: the question the shopper is asked — e.g. { "en": "Are the tags still attached?" }',
  },
  {
    name: 'a built-in fact of the wrong kind',
    change: (p) => ((p.facts.shipped.kind = 'date'), p),
    error: 'facts.shipped.kind: shipped is a built-in fact of kind yes-no, not date — leave kind out, or use a name of your own',
  },
  {
    name: 'a condition with two tests',
    change: (p) => ((p.rules[0].when = { fact: 'soldBy', is: 'store', in: ['store'] }), p),
    error: 'rules[0].when: expected one of { all: [...] }, { any: [...] }, { not: {...} } or { fact, <one test> }, got an object',
  },
  {
    name: 'a fee with no amount',
    change: (p) => (delete p.rules[ruleIndex(p, WINDOW)].fees[0].basisPoints, p),
    error: 'rules[7].fees[0]: expected a fee with exactly one of basisPoints, amountCents or unknownAmount: true, got an object',
  },
];

describe('a merchant policy is validated with errors that name the path', () => {
  it.each(broken)('$name', ({ change, error }) => {
    const result = validatePolicy(change(copy(igarden)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(error);
  });

  it.each([null, 'imicro', 42, [], undefined])('rejects %j as a whole', (data) => {
    const result = validatePolicy(data);
    expect(result).toMatchObject({ ok: false, errors: [expect.stringMatching(/^\(policy\): expected a policy object, got /)] });
  });

  it('reports every problem at once, not just the first', () => {
    const policy = copy(imicro);
    policy.rules[4].window.days = -3;
    policy.store.name = '';
    const result = validatePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining(['store.name: expected non-empty text, got ""', 'rules[4].window.days: expected a positive whole number, got -3']),
    );
  });

  it('a format 1 file gets a clear error that points at the docs', () => {
    const result = validatePolicy({ format: 1, id: 'old', store: {}, returns: {} });
    expect(result).toMatchObject({
      ok: false,
      errors: ['format: this is a format 1 policy; only format 2 is read now — rewrite it as format 2: see docs/policy-format.md'],
    });
  });

  it('an extension cannot mix fixed and yearly dates', () => {
    const policy = copy(imicro);
    policy.rules[4].window.extensions[0].returnBy = '--01-31';
    const result = validatePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual([
      'rules[4].window.extensions[0]: expected purchasedFrom, purchasedThrough and returnBy all dated, or all yearly (--MM-DD), got an object',
    ]);
  });

  it('keeps working when the page has added properties to Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.situation = 'changed-mind';
    proto['~run'] = 'polluted';
    proto.kind = 'choice';
    try {
      const result = validatePolicy(copy(igarden));
      expect(result.ok).toBe(true);
      const broken = validatePolicy({ ...copy(igarden), rules: 'none' });
      expect(broken.ok).toBe(false);
    } finally {
      delete proto.situation;
      delete proto['~run'];
      delete proto.kind;
    }
  });
});

describe('warnings point at likely mistakes', () => {
  const warningsOf = (policy: unknown) => {
    const result = validatePolicy(policy);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    return result.warnings.map(formatIssue);
  };

  it('a rate that looks like a percent written in basis points', () => {
    const policy = copy(igarden);
    policy.rules[ruleIndex(policy, WINDOW)].fees[0].basisPoints = 15;
    expect(warningsOf(policy)).toContain('rules[7].fees[0].basisPoints: 15 basis points is 0.15 % — if you meant 15 %, write 1500');
  });

  it('a rule that can never fire after one that applies to everything', () => {
    const policy = copy(imicro);
    delete policy.rules[4].when;
    delete policy.rules[4].window;
    policy.rules.push({ id: 'imicro.late', quote: 'x', verdict: 'not-eligible' });
    expect(warningsOf(policy)).toContain(
      'rules[5]: never reached: rules[4] applies to every purchase before it — move this rule up, or give the earlier one a "when"',
    );
  });

  it('a rule with the same condition as an earlier one, and another verdict', () => {
    const policy = copy(imicro);
    policy.rules.splice(2, 0, { id: 'imicro.digital.returnable', quote: 'x', when: { fact: 'category', is: 'digital' }, verdict: 'eligible' });
    expect(warningsOf(policy)).toContain(
      'rules[2]: never reached: rules[1] has the same "when" and decides first (with another verdict, not-eligible) — merge the two, or narrow the earlier one',
    );
  });

  it('a situation offered that no rule covers', () => {
    const policy = copy(imicro);
    policy.rules = policy.rules.slice(3);
    policy.situations.push('cancel-order');
    expect(warningsOf(policy)).toContain(
      'situations[4]: "cancel-order" is offered, but no rule applies to it: shoppers will be told the policy doesn\'t say — add a rule for it, or remove it from situations',
    );
  });

  it('that search is skipped when asked (the widget reads only errors): the policy is the same, the other warnings too', () => {
    const policy = copy(imicro);
    policy.rules = policy.rules.slice(3);
    policy.situations.push('cancel-order');
    const full = validatePolicy(policy);
    const quick = validatePolicy(policy, { coverage: false });
    if (!full.ok || !quick.ok) throw new Error('both should be valid');
    expect(quick.policy).toEqual(full.policy);
    expect(quick.warnings.map(formatIssue)).toEqual(full.warnings.map(formatIssue).filter((warning) => !warning.startsWith('situations[4]:')));
    expect(full.warnings.length).toBe(quick.warnings.length + 1);
  });

  it('in steps, the validation pauses between its pieces and comes to the same result, valid or not', () => {
    const invalid = copy(igarden);
    invalid.rules[ruleIndex(invalid, WINDOW)].window.days = 'thirty';
    const uncovered = copy(imicro);
    uncovered.rules = uncovered.rules.slice(3);
    uncovered.situations.push('cancel-order');
    for (const [data, pauses] of [
      [copy(igarden), 3],
      [uncovered, 3],
      [invalid, 2],
      [{ format: 1 }, 0],
    ] as const) {
      const steps = validatePolicyInSteps(data);
      let step = steps.next();
      let taken = 0;
      for (; !step.done; taken += 1) step = steps.next();
      expect(taken).toBe(pauses);
      expect(step.value).toEqual(validatePolicy(data));
    }
  });

  it('a situation covered on only one of the ways it can go is not said to be uncovered', () => {
    const policy = copy(imicro);
    policy.rules = policy.rules.slice(3);
    policy.situations.push('cancel-order');
    // Covered only for a software key, the last of the category's options the walk tries.
    policy.rules.push({
      id: 'imicro.cancel.key',
      quote: 'x',
      when: {
        all: [
          { fact: 'situation', is: 'cancel-order' },
          { fact: 'category', is: 'digital' },
        ],
      },
      verdict: 'eligible',
    });
    expect(warningsOf(policy).filter((warning) => warning.includes('cancel-order'))).toEqual([]);
  });

  it('the seed policies have no warnings', () => {
    expect(warningsOf(copy(imicro))).toEqual([]);
    expect(warningsOf(copy(igarden))).toEqual([]);
  });
});

describe('a typical third store', () => {
  // 14 days from delivery, 15 % restocking fee on opened items capped at €30, a holiday extension that
  // recurs every year, digital items final sale, a $4.95 label deducted, silence on cancellation.
  const thirdStore: PolicyInput = {
    format: 2,
    id: 'gadget-barn',
    store: { name: 'Gadget Barn', currency: 'EUR', contact: 'Gadget Barn support' },
    situations: ['changed-mind', 'before-buying'],
    facts: {
      category: { options: { standard: 'A gadget', digital: 'A download' } },
      orderedAt: {},
      deliveredAt: {},
      pricePaidCents: {},
      opened: { kind: 'yes-no', question: 'Have you opened it?' },
    },
    rules: [
      { id: 'gb.digital', quote: 'Downloads are final sale.', when: { fact: 'category', is: 'digital' }, verdict: 'not-eligible' },
      {
        id: 'gb.window',
        quote: 'Return within 14 days of delivery.',
        verdict: 'eligible',
        window: {
          days: 14,
          from: 'deliveredAt',
          extensions: [
            {
              id: 'gb.holiday',
              quote: 'Gifts bought Nov 15 to Dec 24 can be returned until Jan 31.',
              purchasedOn: 'orderedAt',
              purchasedFrom: '--11-15',
              purchasedThrough: '--12-24',
              returnBy: '--01-31',
            },
          ],
        },
        returnShipping: [{ id: 'gb.shipping', quote: 'A €4.95 return label is deducted from your refund.', cost: 'deducted', amountCents: 495 }],
        fees: [
          {
            id: 'gb.restocking',
            quote: 'Opened items: 15% restocking fee, at most €30.',
            name: 'Restocking fee',
            basisPoints: 1500,
            maxCents: 3000,
            when: { fact: 'opened', is: true },
          },
        ],
        steps: [{ id: 'gb.step', quote: 'Email us to start a return.', text: 'Email Gadget Barn by {lastDay}.' }],
      },
    ],
  };

  it('validates', () => {
    expect(validatePolicy(thirdStore)).toMatchObject({ ok: true, warnings: [] });
  });

  it('applies its yearly holiday extension across New Year, its capped fee and its deducted label', () => {
    const result = validatePolicy(thirdStore);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const facts = {
      situation: 'changed-mind',
      category: 'standard',
      orderedAt: '2026-12-20',
      deliveredAt: '2026-12-22',
      pricePaidCents: 40_000,
      opened: true,
    } as const;
    const decision = evaluate(result.policy, facts, at('2027-01-20T10:00'), { timeZone: zone });
    expect(decision).toMatchObject({
      settled: true,
      verdict: 'eligible',
      deadline: { ruleId: 'gb.holiday', lastDay: '2027-01-31', daysLeft: 11 },
      refund: { totalCents: 40_000 - 3_000 - 495, returnShipping: 'deducted' },
    });
    const unopened = evaluate(result.policy, { ...facts, opened: false, pricePaidCents: undefined }, at('2027-01-20T10:00'), { timeZone: zone });
    // No fee is a share of the price now: the price is not asked, and the refund is "the price you paid" less €4.95.
    expect(unopened).toMatchObject({
      settled: true,
      refund: {
        totalCents: null,
        lines: [
          { code: 'price-paid', amountCents: null },
          { code: 'return-shipping', amountCents: 495 },
        ],
      },
    });
    const outside = evaluate(result.policy, { ...facts, orderedAt: '2026-12-26', deliveredAt: '2026-12-27' }, at('2027-01-20T10:00'), { timeZone: zone });
    expect(outside).toMatchObject({
      settled: true,
      verdict: 'not-eligible',
      deadline: null,
      reasons: [{ ruleId: 'gb.window', code: 'window-closed', params: { lastDay: '2027-01-10' } }],
    });
  });

  it('is silent on cancelling: the shopper is told to ask, not given an invented term', () => {
    const result = validatePolicy(thirdStore);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const decision = evaluate(result.policy, { situation: 'cancel-order' }, at('2027-01-20T10:00'), { timeZone: zone });
    expect(decision).toMatchObject({ settled: true, verdict: 'needs-review', ruleId: 'not-covered', reasons: [{ code: 'not-covered', quote: null }] });
  });
});
