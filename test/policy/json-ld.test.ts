/** schema.org MerchantReturnPolicy in and out: a store's published JSON-LD becomes a working pre-check, and a policy writes its JSON-LD. */
import { describe, expect, it } from 'vitest';
import { evaluate, policyFromJsonLd, policyToJsonLd, validatePolicy } from '../../src/policy/index.ts';
import type { Policy } from '../../src/policy/index.ts';
import { igarden, imicro, loadPolicy } from '../support/policies.ts';
import { at, zone } from './support.ts';

/** A product page as search engines read it: the policy on the Offer of one variant of a ProductGroup. */
const productPage = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Organization', name: 'Trail Co' },
    {
      '@type': 'ProductGroup',
      name: 'Rain shell',
      hasVariant: [
        {
          '@type': 'Product',
          name: 'Rain shell, M',
          offers: {
            '@type': 'Offer',
            price: '150.00',
            priceCurrency: 'USD',
            hasMerchantReturnPolicy: {
              '@type': 'MerchantReturnPolicy',
              applicableCountry: 'US',
              returnPolicyCountry: 'US',
              returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
              merchantReturnDays: 30,
              returnMethod: 'https://schema.org/ReturnByMail',
              returnFees: 'https://schema.org/ReturnShippingFees',
              returnShippingFeesAmount: { '@type': 'MonetaryAmount', value: '6.95', currency: 'USD' },
              restockingFee: 10,
              refundType: 'https://schema.org/FullRefund',
              itemCondition: 'https://schema.org/NewCondition',
              returnPolicySeasonalOverride: {
                '@type': 'MerchantReturnPolicySeasonalOverride',
                startDate: '2026-11-01',
                endDate: '2026-12-24',
                merchantReturnDays: 60,
              },
            },
          },
        },
      ],
    },
  ],
};

function read(data: unknown): Policy {
  const input = policyFromJsonLd(data);
  if (!input) throw new Error('no policy found');
  const result = validatePolicy(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.policy;
}

describe('reading a page’s MerchantReturnPolicy', () => {
  const policy = read(productPage);
  const fine = { situation: 'changed-mind', itemCondition: 'new', pricePaidCents: 15_000 } as const;

  it('finds it inside a ProductGroup’s variant, with the store’s name and currency', () => {
    expect(policy.store).toMatchObject({ name: 'Trail Co', currency: 'USD', countries: ['US'] });
  });

  it('gives a 30-day window from delivery, a 10 % restocking fee and the stated return shipping, quoting the data', () => {
    const decision = evaluate(policy, { ...fine, orderedAt: '2026-10-01', deliveredAt: '2026-10-05' }, at('2026-11-04T12:00'), { timeZone: zone });
    expect(decision).toMatchObject({
      settled: true,
      verdict: 'eligible',
      deadline: { lastDay: '2026-11-04', daysLeft: 0 },
      outcome: { kind: 'refund' },
      refund: { totalCents: 15_000 - 1_500 - 695 },
    });
    if (decision.settled) {
      expect(decision.reasons[0]!.quote).toContain('merchantReturnDays: 30');
      expect(decision.notes.map((note) => note.text)).toEqual(expect.arrayContaining(['Returns are accepted by mail.', 'Returns are sent to: US.']));
    }
    const late = evaluate(policy, { ...fine, orderedAt: '2026-10-01', deliveredAt: '2026-10-05' }, at('2026-11-05T12:00'), { timeZone: zone });
    expect(late).toMatchObject({ settled: true, verdict: 'not-eligible' });
  });

  it('applies the seasonal override to purchases in its dates', () => {
    const decision = evaluate(policy, { ...fine, orderedAt: '2026-11-20', deliveredAt: '2026-11-22' }, at('2026-12-30T12:00'), { timeZone: zone });
    expect(decision).toMatchObject({ settled: true, verdict: 'eligible', ruleId: 'jsonld.1.seasonal-1', deadline: { lastDay: '2027-01-21' } });
  });

  it('refuses an item that is no longer new', () => {
    const decision = evaluate(policy, { ...fine, itemCondition: 'used', orderedAt: '2026-11-01', deliveredAt: '2026-11-03' }, at('2026-11-10T12:00'), {
      timeZone: zone,
    });
    expect(decision).toMatchObject({ settled: true, verdict: 'not-eligible' });
  });

  it('member tiers and countries become facts the shopper is asked', () => {
    const tiers = read([
      {
        '@type': 'MerchantReturnPolicy',
        applicableCountry: ['US'],
        validForMemberTier: { '@type': 'MemberProgramTier', name: 'Gold' },
        returnPolicyCategory: 'MerchantReturnFiniteReturnWindow',
        merchantReturnDays: 90,
      },
      { '@type': 'MerchantReturnPolicy', applicableCountry: ['CA'], returnPolicyCategory: 'MerchantReturnFiniteReturnWindow', merchantReturnDays: 30 },
      { '@type': 'MerchantReturnPolicy', applicableCountry: ['US'], returnPolicyCategory: 'MerchantReturnFiniteReturnWindow', merchantReturnDays: 30 },
    ]);
    const gold = evaluate(tiers, { situation: 'changed-mind', country: 'us', memberTier: 'gold', deliveredAt: '2026-09-01' }, at('2026-11-20T12:00'), {
      timeZone: zone,
    });
    expect(gold).toMatchObject({ settled: true, verdict: 'eligible', deadline: { windowDays: 90 } });
    const open = evaluate(tiers, { situation: 'changed-mind' }, at('2026-11-20T12:00'), { timeZone: zone });
    expect(open.settled ? [] : open.needed.map((n) => n.fact)).toEqual(expect.arrayContaining(['country', 'memberTier']));
  });

  it('a store that does not accept returns, and one whose data says nothing, are told apart', () => {
    const none = read({ '@type': 'MerchantReturnPolicy', returnPolicyCategory: 'https://schema.org/MerchantReturnNotPermitted' });
    expect(evaluate(none, { situation: 'changed-mind' }, at('2026-11-20T12:00'), { timeZone: zone })).toMatchObject({ verdict: 'not-eligible' });
    const silent = read({ '@type': 'MerchantReturnPolicy' });
    expect(evaluate(silent, { situation: 'changed-mind' }, at('2026-11-20T12:00'), { timeZone: zone })).toMatchObject({ verdict: 'needs-review' });
  });

  it('a page with no MerchantReturnPolicy gives null, not an invented policy', () => {
    expect(policyFromJsonLd({ '@type': 'Product', name: 'x' })).toBeNull();
    expect(policyFromJsonLd('garbage')).toBeNull();
  });
});

describe('writing MerchantReturnPolicy JSON-LD from a policy', () => {
  const now = at('2026-11-23T12:00');

  it('iMicro: a 30-day finite window, a free label, a full refund', () => {
    expect(policyToJsonLd(imicro, { now })).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'MerchantReturnPolicy',
        applicableCountry: ['US'],
        returnPolicyCategory: 'https://schema.org/MerchantReturnFiniteReturnWindow',
        merchantReturnDays: 30,
        returnFees: 'https://schema.org/FreeReturn',
        refundType: 'https://schema.org/FullRefund',
      },
    ]);
  });

  it('iGarden: the return shipping is the customer’s, and a fee applies', () => {
    const [node] = policyToJsonLd(igarden, { now });
    expect(node).toMatchObject({ merchantReturnDays: 30, returnFees: 'https://schema.org/ReturnFeesCustomerResponsibility' });
  });

  it('REI: one policy per member tier, each with its own window', () => {
    const nodes = policyToJsonLd(loadPolicy('rei'), { now });
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((node) => node.validForMemberTier !== undefined)).toBe(true);
    const days = nodes.map((node) => node.merchantReturnDays);
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it('round trip: the JSON-LD written for a policy reads back to the same window', () => {
    const back = read(policyToJsonLd(imicro, { now }));
    const decision = evaluate(back, { situation: 'changed-mind', deliveredAt: '2026-10-24' }, now, { timeZone: zone });
    expect(decision).toMatchObject({ settled: true, verdict: 'eligible', deadline: { lastDay: '2026-11-23' } });
  });
});
