/**
 * Every sentence of both store policies is either encoded (quoted by a rule) or
 * listed as information only; and every encoded rule can be reached by some purchase.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/policy/dates.ts';
import { igarden, imicro } from '../support/policies.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { citedRuleIds, decide, NOW } from './support.ts';

/** Headings and a shop banner: they bind neither the shopper nor the store. */
const notBinding = new Set([
  'FREE Standard Shipping on all orders over $60 Shop Now',
  'iMicro Return Policy',
  'RETURN GUIDELINES',
  '30-DAY FREE RETURNS',
  'RETURN SHIPPING LABELS',
  'ADDITIONAL RETURN POLICIES',
  'REFUND POLICIES',
  'SPECIFIC PRODUCTS RETURN POLICIES',
  'Return Products that are received by iMicro in any of the following conditions are ineligible for return and may be rejected:',
  'Cancellation',
  'Returns',
  'Defective Product Returns:',
  'For products that are defective or damaged upon receipt:',
  'Return Guidelines:',
  'Return Conditions:',
  'Fees & Shipping Costs:',
  'Legal Compliance & Limitations',
  'Specifically:',
  'Specifically,',
  'Limitations',
]);

/** The policy text as sentences: one a line, split after a full stop that ends a sentence. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[.:])\s+(?=[A-Z])/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim());
}

function quotesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => quotesOf(item, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'quote' && typeof child === 'string') out.push(child);
      else quotesOf(child, out);
    }
  }
  return out;
}

describe.each([
  ['iMicro', imicro, 'imicro.txt'],
  ['iGarden', igarden, 'igarden.txt'],
] as const)('%s policy text', (_name, policy, file) => {
  const text = readFileSync(new URL(`./seeds/${file}`, import.meta.url), 'utf8');
  // The published texts use a few non-breaking spaces; quotes write them as plain spaces.
  const quotes = quotesOf(policy).map((quote) => quote.replace(/\s+/g, ' '));

  it('every sentence is encoded or listed as information only', () => {
    const uncovered = sentences(text).filter((sentence) => !notBinding.has(sentence) && !quotes.some((quote) => quote.includes(sentence)));
    expect(uncovered).toEqual([]);
  });

  it('every quote is the policy’s own words', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(quotes.filter((quote) => !flat.includes(quote))).toEqual([]);
  });
});

/** Every combination of these facts, evaluated: each rule of the policy must be cited by at least one decision. */
function reachableRuleIds(policy: Policy, domains: Record<string, readonly unknown[]>): Set<string> {
  const combos = Object.entries(domains).reduce<Record<string, unknown>[]>(
    (partial, [fact, values]) => partial.flatMap((combo) => values.map((value) => ({ ...combo, [fact]: value }))),
    [{}],
  );
  const cited = new Set<string>();
  for (const facts of combos) {
    const decision = decide(policy, facts as Facts);
    if (decision.settled) citedRuleIds(decision).forEach((id) => cited.add(id));
  }
  return cited;
}

function ruleIdsOf(policy: Policy): string[] {
  const ids: string[] = [];
  const walk = (value: unknown, inInformationOnly: boolean) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, inInformationOnly));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (!inInformationOnly && typeof record.id === 'string' && typeof record.quote === 'string') ids.push(record.id);
      for (const [key, child] of Object.entries(record)) walk(child, inInformationOnly || key === 'informationOnly');
    }
  };
  walk(policy, false);
  return [...new Set(ids)];
}

const today = NOW.slice(0, 10);
describe('every encoded rule is reachable', () => {
  it('iMicro', () => {
    const cited = reachableRuleIds(imicro, {
      situation: ['changed-mind', 'defective', 'damaged-on-arrival', 'before-buying', 'cancel-order'],
      soldBy: ['store', 'third-party'],
      category: ['standard', 'digital', 'manufacturer-only'],
      invoiceDate: [addDays(today, -3), addDays(today, -40)],
      packagingComplete: [true, false],
      labelsIntact: [true, false],
      isBundle: [true],
      entireBundleReturned: [true, false],
      pricePaidCents: [1000],
      weightPounds: [2, 40],
    });
    const holiday = decide(
      imicro,
      {
        situation: 'changed-mind',
        soldBy: 'store',
        category: 'standard',
        invoiceDate: '2023-12-01',
        packagingComplete: true,
        labelsIntact: true,
        isBundle: false,
        pricePaidCents: 100,
        weightPounds: 1,
      },
      '2024-01-15T10:00',
    );
    if (holiday.settled) citedRuleIds(holiday).forEach((id) => cited.add(id));
    expect(ruleIdsOf(imicro).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('iGarden', () => {
    const cited = reachableRuleIds(igarden, {
      situation: ['changed-mind', 'defective', 'damaged-on-arrival', 'cancel-order'],
      soldBy: ['store', 'other-retailer'],
      region: ['domestic', 'international'],
      deliveredAt: [`${today}T09:00`, addDays(today, -10), addDays(today, -40)],
      orderedAt: [`${today}T09:00`, addDays(today, -45)],
      shipped: [true, false],
      preOrder: [true, false],
      productionStarted: [true, false],
      hasProofOfPurchase: [true, false],
      pricePaidCents: [1000],
      paymentMethod: ['credit-card', 'paypal'],
    });
    expect(ruleIdsOf(igarden).filter((id) => !cited.has(id))).toEqual([]);
  });
});
