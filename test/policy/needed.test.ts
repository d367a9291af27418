/**
 * "A fact is needed only if two of its possible values lead to different decisions."
 * Checked against brute force: every combination of the unknown facts' values is
 * evaluated with all facts given, independently of how the evaluator searches.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/policy/dates.ts';
import { igarden, imicro } from '../../src/policy/index.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { decide, NOW } from './support.ts';

const today = NOW.slice(0, 10);
const daysAgo = (days: number) => addDays(today, -days);
const dates = [0, 1, 2, 29, 30, 31, 45, 400].map(daysAgo);
const moments = [
  `${daysAgo(0)}T09:00`,
  `${daysAgo(1)}T20:00`,
  `${daysAgo(2)}T15:00`,
  `${daysAgo(2)}T14:59`,
  `${daysAgo(2)}T08:00`,
  `${daysAgo(20)}T12:00`,
  `${daysAgo(40)}T12:00`,
];
type Domains = Partial<Record<keyof Facts, readonly unknown[]>>;

function combinations(domains: [string, readonly unknown[]][]): Record<string, unknown>[] {
  return domains.reduce<Record<string, unknown>[]>(
    (partial, [fact, values]) => partial.flatMap((combo) => values.map((value) => ({ ...combo, [fact]: value }))),
    [{}],
  );
}

/** The facts among `domains` for which some values of the others leave two of its values deciding differently. */
function neededByBruteForce(policy: Policy, base: Facts, domains: Domains): string[] {
  const signature = (facts: Facts) => {
    const decision = decide(policy, facts);
    if (!decision.settled) throw new Error(`not settled with all facts given: ${JSON.stringify(facts)}`);
    return JSON.stringify(decision);
  };
  const entries = Object.entries(domains) as [string, readonly unknown[]][];
  return entries
    .filter(([fact, values]) =>
      combinations(entries.filter(([other]) => other !== fact)).some((others) => {
        const outcomes = new Set(values.map((value) => signature({ ...base, ...others, [fact]: value } as Facts)));
        return outcomes.size > 1;
      }),
    )
    .map(([fact]) => fact);
}

const cases: { name: string; policy: Policy; base: Facts; domains: Domains }[] = [
  {
    name: 'iMicro change of mind, nothing known about the item',
    policy: imicro,
    base: { situation: 'changed-mind', pricePaidCents: 10_000, weightPounds: 5 },
    domains: {
      soldBy: ['store', 'third-party', 'other-retailer'],
      productType: ['standard', 'digital', 'manufacturer-only'],
      invoiceDate: dates,
      packagingComplete: [true, false],
      labelsIntact: [true, false],
      isBundle: [true, false],
      entireBundleReturned: [true, false],
    },
  },
  {
    name: 'iMicro: whether the whole bundle comes back matters only for a bundle',
    policy: imicro,
    base: { situation: 'changed-mind', soldBy: 'store', productType: 'standard', invoiceDate: daysAgo(3), packagingComplete: true, labelsIntact: true, isBundle: false },
    domains: { entireBundleReturned: [true, false], weightPounds: [1, 30, 30.1, 80], pricePaidCents: [100, 99_900] },
  },
  {
    name: 'iMicro damaged on arrival: dates, weight and price do not matter',
    policy: imicro,
    base: { situation: 'damaged-on-arrival', soldBy: 'store', productType: 'standard' },
    domains: { invoiceDate: dates, weightPounds: [1, 31], pricePaidCents: [100, 5_000], labelsIntact: [true, false] },
  },
  {
    name: 'iGarden, every situation, dates known',
    policy: igarden,
    base: { soldBy: 'store', orderedAt: `${daysAgo(3)}T10:00`, deliveredAt: `${daysAgo(1)}T10:00`, pricePaidCents: 12_999 },
    domains: {
      situation: ['changed-mind', 'defective', 'damaged-on-arrival', 'cancel-order', 'before-buying'],
      shipped: [true, false],
      preOrder: [true, false],
      productionStarted: [true, false],
      region: ['domestic', 'international'],
      paymentMethod: ['credit-card', 'paypal', 'other'],
    },
  },
  {
    name: 'iGarden defect, delivery time unknown',
    policy: igarden,
    base: { situation: 'defective', soldBy: 'store', pricePaidCents: 12_999 },
    domains: { deliveredAt: moments, region: ['domestic', 'international'], paymentMethod: ['credit-card', 'other'] },
  },
  {
    name: 'iGarden cancellation, order time unknown',
    policy: igarden,
    base: { situation: 'cancel-order', soldBy: 'store', pricePaidCents: 12_999, region: 'domestic' },
    domains: { orderedAt: moments, shipped: [true, false], preOrder: [true, false], productionStarted: [true, false], paymentMethod: ['paypal', 'other'] },
  },
];

describe('needed facts are exactly those that can change the decision', () => {
  it.each(cases)('$name', ({ policy, base, domains }) => {
    const expected = neededByBruteForce(policy, base, domains);
    const decision = decide(policy, base);
    const needed = decision.settled ? [] : decision.needed.map((n) => n.fact);
    expect(new Set(needed)).toEqual(new Set(expected));
    expect(decision.settled).toBe(expected.length === 0);
  });

  it('never lists a fact the host page supplied', () => {
    const decision = decide(igarden, { situation: 'changed-mind', soldBy: 'store', pricePaidCents: 500 });
    expect(decision.settled).toBe(false);
    if (!decision.settled) expect(decision.needed.map((n) => n.fact)).toEqual(['deliveredAt', 'paymentMethod']);
  });

  it('lists needed facts in the order the policy reads them', () => {
    const decision = decide(imicro, {});
    if (decision.settled) throw new Error('expected open');
    expect(decision.needed.map((n) => n.fact).slice(0, 4)).toEqual(['situation', 'soldBy', 'productType', 'invoiceDate']);
    expect(decision.possibleVerdicts.sort()).toEqual(['eligible', 'handled-elsewhere', 'needs-review', 'not-eligible']);
  });
});
