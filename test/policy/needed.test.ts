/**
 * "A fact is needed only if two of its possible values lead to different decisions."
 * Checked against brute force: every combination of the unknown facts' values is
 * evaluated with all facts given, independently of how the evaluator searches.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/policy/dates.ts';
import { igarden, imicro } from '../support/policies.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { possibleQuestions, kindOf } from '../../src/policy/index.ts';
import { EXAMPLE_IDS, loadPolicy } from '../support/policies.ts';
import { at, decide, NOW, zone } from './support.ts';

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
      category: ['standard', 'digital', 'manufacturer-only'],
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
    base: {
      situation: 'changed-mind',
      soldBy: 'store',
      category: 'standard',
      invoiceDate: daysAgo(3),
      packagingComplete: true,
      labelsIntact: true,
      isBundle: false,
    },
    // The price only fills in the refund's figure here (no fee is a share of it), so it is never asked: not in the domains.
    domains: { entireBundleReturned: [true, false], weightPounds: [1, 30, 30.1, 80] },
  },
  {
    name: 'iMicro damaged on arrival: dates, weight and price do not matter',
    policy: imicro,
    base: { situation: 'damaged-on-arrival', soldBy: 'store', category: 'standard' },
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
    expect(decision.needed.map((n) => n.fact).slice(0, 4)).toEqual(['situation', 'soldBy', 'category', 'invoiceDate']);
    expect(decision.possibleVerdicts.sort()).toEqual(['eligible', 'handled-elsewhere', 'needs-review', 'not-eligible']);
  });
});

/**
 * The same guarantee for every example policy, with domains drawn from the policy's own numbers (never from the
 * evaluator's search): for each situation it offers, the facts it can ask take values around every boundary.
 */
describe('needed facts, every example policy', () => {
  const DAYS_AGO = [
    0, 1, 2, 3, 6, 7, 8, 13, 14, 15, 16, 20, 21, 22, 28, 29, 30, 31, 32, 35, 36, 44, 45, 46, 59, 60, 61, 89, 90, 91, 92, 100, 101, 364, 365, 366, 367, 400,
  ];
  const MOMENTS = [
    `${daysAgo(0)}T09:00`,
    `${daysAgo(0)}T14:30`,
    `${daysAgo(1)}T14:59`,
    `${daysAgo(1)}T15:00`,
    `${daysAgo(2)}T14:59`,
    `${daysAgo(2)}T15:00`,
    `${daysAgo(3)}T15:00`,
  ];
  const MAX_COMBINATIONS = 1_500;

  function thresholds(value: unknown, fact: string, out: Set<number>): Set<number> {
    if (Array.isArray(value)) value.forEach((item) => thresholds(item, fact, out));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (record.fact === fact) for (const key of ['above', 'atLeast', 'below', 'atMost']) if (typeof record[key] === 'number') out.add(record[key] as number);
      for (const child of Object.values(record)) thresholds(child, fact, out);
    }
    return out;
  }

  function domainOf(policy: Policy, fact: string): readonly unknown[] {
    const kind = kindOf(policy, fact);
    switch (kind) {
      case 'yes-no':
        return [true, false];
      case 'choice':
        return Object.keys(policy.facts[fact]?.options ?? {});
      case 'date':
        return DAYS_AGO.map(daysAgo);
      case 'moment':
        return [...DAYS_AGO.slice(3).map((days) => `${daysAgo(days)}T12:00`), ...MOMENTS];
      default: {
        const values = new Set<number>([1]);
        for (const t of thresholds(policy, fact, new Set())) for (const v of [t - 0.1, t, t + 0.1]) if (v > 0) values.add(Math.round(v * 100) / 100);
        return [...values];
      }
    }
  }

  const cases = EXAMPLE_IDS.flatMap((id) => {
    const policy = loadPolicy(id);
    return policy.situations.map((situation) => ({ id, policy, situation }));
  });

  it.each(cases.map((c) => [`${c.id}: ${c.situation}`, c] as const))('%s', (_name, { policy, situation }) => {
    const base: Record<string, unknown> = { situation };
    // Amounts only fill in figures unless a fee is a share of them: given, so neither side asks for them.
    for (const fact of Object.keys(policy.facts)) if (kindOf(policy, fact) === 'amount') base[fact] = 10_000;
    const storeDecided = new Set(Object.keys(policy.facts).filter((fact) => policy.facts[fact]!.from === 'store'));
    const asked = possibleQuestions(policy, base as Facts, at(NOW), { timeZone: zone })
      .filter((needed) => needed.precision === 'value' && !storeDecided.has(needed.fact) && base[needed.fact] === undefined)
      .map((needed) => needed.fact);
    const domains: Record<string, readonly unknown[]> = {};
    for (const fact of asked) domains[fact] = domainOf(policy, fact);
    // Too many combinations: fix the facts read last, one at a time, to their first value.
    const size = () => Object.values(domains).reduce((product, values) => product * values.length, 1);
    while (size() > MAX_COMBINATIONS) {
      const last = Object.keys(domains).at(-1)!;
      base[last] = domains[last]![0];
      delete domains[last];
    }
    const expected = neededByBruteForce(policy, base as Facts, domains as Domains);
    const decision = decide(policy, base as Facts);
    const needed = decision.settled ? [] : decision.needed.filter((n) => n.precision === 'value').map((n) => n.fact);
    expect(new Set(needed)).toEqual(new Set(expected));
  });
});
