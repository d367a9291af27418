import { describe, expect, it } from 'vitest';
import { evaluate, igarden, imicro, validatePolicy } from '../../src/policy/index.ts';
import type { PolicyInput } from '../../src/policy/index.ts';
import { at, zone } from './support.ts';

/** A policy as JSON would bring it: a deep copy that a test can break. */
const copy = (policy: unknown): Record<string, any> => JSON.parse(JSON.stringify(policy));

const broken: { name: string; change: (policy: Record<string, any>) => unknown; error: string }[] = [
  { name: 'days written in words', change: (p) => ((p.returns.window.days = 'thirty'), p), error: 'returns.window.days: expected a positive whole number, got "thirty"' },
  { name: 'zero days', change: (p) => ((p.returns.window.days = 0), p), error: 'returns.window.days: expected a positive whole number, got 0' },
  { name: 'a fraction of a day', change: (p) => ((p.returns.window.days = 1.5), p), error: 'returns.window.days: expected a positive whole number, got 1.5' },
  { name: 'an unknown anchor', change: (p) => ((p.returns.window.from = 'shipment'), p), error: 'returns.window.from: expected one of invoice, order, delivery, got "shipment"' },
  { name: 'a missing id', change: (p) => (delete p.id, p), error: 'id: required, but missing' },
  { name: 'a misspelt field', change: (p) => ((p.returns.windw = {}), p), error: 'returns.windw: not a field of the policy format (check its spelling)' },
  { name: 'a fee as a percentage', change: (p) => ((p.returns.refund.fees[0].basisPoints['credit-card'] = 3.8), p), error: 'returns.refund.fees[0].basisPoints.credit-card: expected a rate in whole basis points (3.8 % is 380), got 3.8' },
  { name: 'a rule without its quote', change: (p) => ((p.scope[0].quote = '  '), p), error: 'scope[0].quote: expected non-empty text, got ""' },
  { name: 'an unknown situation', change: (p) => ((p.situations[1] = 'lost-parcel'), p), error: 'situations[1]: expected one of changed-mind, defective, damaged-on-arrival, cancel-order, before-buying, got "lost-parcel"' },
  { name: 'a bad support email', change: (p) => ((p.defect.report.email = 'support at igarden'), p), error: 'defect.report.email: expected an email address, got "support at igarden"' },
  { name: 'text with no English', change: (p) => ((p.store.contact = { es: 'soporte' }), p), error: 'store.contact: expected text, or an object of texts by language with at least "en", got an object' },
  { name: 'cancellations offered with no terms', change: (p) => (delete p.cancellation, p), error: 'situations[3]: "cancel-order" needs a cancellation section' },
  { name: 'an international defect rule with no domestic region', change: (p) => (delete p.domesticRegion, p), error: 'domesticRegion: required when defect.international is given (who counts as domestic, e.g. "the United States or Canada")' },
  { name: 'the same id twice', change: (p) => ((p.returns.steps[1].id = 'igarden.step.request'), p), error: 'returns.steps[1].id: expected an id used once, got "igarden.step.request" (also at returns.steps[0].id)' },
  { name: 'a currency in words', change: (p) => ((p.store.currency = 'dollars'), p), error: 'store.currency: expected a three-letter currency code such as USD, got "dollars"' },
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
    policy.returns.window.days = -3;
    policy.store.name = '';
    const result = validatePolicy(policy);
    expect(result.ok ? [] : result.errors).toHaveLength(2);
  });

  it('accepts both built-in policies as they are and as JSON', () => {
    for (const policy of [imicro, igarden]) {
      expect(validatePolicy(policy).ok).toBe(true);
      expect(validatePolicy(copy(policy)).ok).toBe(true);
    }
  });

  it('an extension cannot mix fixed and yearly dates', () => {
    const policy = copy(imicro);
    policy.returns.extensions[0].returnBy = '--01-31';
    const result = validatePolicy(policy);
    expect(result.ok ? [] : result.errors).toEqual([
      'returns.extensions[0]: expected purchasedFrom, purchasedThrough and returnBy all dated, or all yearly (--MM-DD), got an object',
    ]);
  });
});

describe('a typical third store', () => {
  // 14 days from delivery, 15 % restocking fee, a holiday extension that recurs every year,
  // digital items final sale, shopper pays return shipping.
  const thirdStore: PolicyInput = {
    format: 1,
    id: 'gadget-barn',
    store: { name: 'Gadget Barn', currency: 'EUR', contact: 'Gadget Barn support' },
    situations: ['changed-mind', 'before-buying'],
    scope: [{ id: 'gb.digital', quote: 'Downloads are final sale.', fact: 'productType', values: ['digital'], verdict: 'not-eligible', situations: ['changed-mind', 'before-buying'] }],
    returns: {
      window: { id: 'gb.window', quote: 'Return within 14 days of delivery.', days: 14, from: 'delivery' },
      extensions: [{ id: 'gb.holiday', quote: 'Gifts bought Nov 15 to Dec 24 can be returned until Jan 31.', purchasedOn: 'order', purchasedFrom: '--11-15', purchasedThrough: '--12-24', returnBy: '--01-31' }],
      refund: {
        returnShipping: { id: 'gb.shipping', quote: 'You pay for return shipping.', cost: 'shopper-pays' },
        fees: [{ id: 'gb.restocking', quote: 'A 15% restocking fee applies.', name: 'Restocking fee', basisPoints: { any: 1500 } }],
      },
      steps: [{ id: 'gb.step', quote: 'Email us to start a return.', text: 'Email Gadget Barn by {lastDay}.' }],
    },
  };

  it('validates', () => {
    expect(validatePolicy(thirdStore)).toMatchObject({ ok: true });
  });

  it('applies its yearly holiday extension across New Year, with its restocking fee', () => {
    const result = validatePolicy(thirdStore);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const facts = { situation: 'changed-mind', productType: 'standard', orderedAt: '2026-12-20', deliveredAt: '2026-12-22', pricePaidCents: 20_000 } as const;
    const decision = evaluate(result.policy, facts, at('2027-01-20T10:00'), { timeZone: zone });
    expect(decision).toMatchObject({
      settled: true,
      verdict: 'eligible',
      deadline: { ruleId: 'gb.holiday', lastDay: '2027-01-31', daysLeft: 11 },
      refund: { totalCents: 17_000, returnShipping: 'shopper-pays' },
    });
    const outside = evaluate(result.policy, { ...facts, orderedAt: '2026-12-26', deliveredAt: '2026-12-27' }, at('2027-01-20T10:00'), { timeZone: zone });
    expect(outside).toMatchObject({ settled: true, verdict: 'not-eligible', deadline: { ruleId: 'gb.window', lastDay: '2027-01-10' } });
  });
});
