/** The returns page against the policy's quotes, as the merchant sees it in the studio. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageOf, normalize, quotesOf, sentencesOf } from '../../src/studio/coverage.ts';

const seed = (name: string) => readFileSync(new URL(`../policy/seeds/${name}.txt`, import.meta.url), 'utf8');
const policyData = (id: string) => JSON.parse(readFileSync(new URL(`../../examples/policies/${id}/policy.json`, import.meta.url), 'utf8')) as unknown;

describe.each(['imicro', 'igarden'])('%s: the seed text against its own policy', (id) => {
  const text = seed(id);
  const quotes = quotesOf(policyData(id));

  it('finds every quote in the text (the project’s tests hold the seeds to this)', () => {
    expect(quotes.length).toBeGreaterThan(10);
    expect(coverageOf(text, quotes).missing).toEqual([]);
  });

  it('marks most sentences encoded, and headings as headings', () => {
    const { sentences } = coverageOf(text, quotes);
    const encoded = sentences.filter((s) => s.state === 'encoded' || s.state === 'partly');
    expect(encoded.length / sentences.filter((s) => s.state !== 'heading').length).toBeGreaterThan(0.6);
    const heading = sentences.find((s) => s.sentence === 'Cancellation' || s.sentence === 'RETURN GUIDELINES');
    expect(heading?.state).toBe('heading');
  });

  it('names the clause that quotes an encoded sentence, with the path to its quote', () => {
    const { sentences } = coverageOf(text, quotes);
    const first = sentences.find((s) => s.state === 'encoded')!;
    const [by] = first.quotedBy;
    expect(by!.path.at(-1)).toBe('quote');
    expect(normalize(by!.quote)).toContain(normalize(first.sentence).replace(/[.:;!?]+$/, ''));
  });
});

describe('a merchant’s page', () => {
  const page = 'Returns\nYou may return unworn items within 30 days of delivery.\n• Gift cards are final sale.\nRefunds take 5–7 business days.';

  it('splits into sentences, one a line, bullets dropped', () => {
    expect(sentencesOf(page)).toEqual([
      'Returns',
      'You may return unworn items within 30 days of delivery.',
      'Gift cards are final sale.',
      'Refunds take 5–7 business days.',
    ]);
  });

  it('marks sentences encoded, partly encoded or not, forgiving typography', () => {
    const quotes = [
      { id: 'shop.window', quote: 'You may return unworn items within 30 days of delivery', path: ['rules', 0, 'quote'] },
      { id: 'shop.timeline', quote: '…take 5-7 business days…', path: ['rules', 1, 'quote'] },
    ];
    const states = Object.fromEntries(coverageOf(page, quotes).sentences.map((s) => [s.sentence, s.state]));
    expect(states).toEqual({
      Returns: 'heading',
      'You may return unworn items within 30 days of delivery.': 'encoded',
      'Gift cards are final sale.': 'not-encoded',
      'Refunds take 5–7 business days.': 'partly',
    });
  });

  it('flags a quote the page does not hold', () => {
    const quotes = [
      { id: 'shop.window', quote: 'You may return unworn items within 60 days of delivery.', path: ['rules', 0, 'quote'] },
      { id: 'shop.gift', quote: 'Gift cards are final sale.', path: ['rules', 1, 'quote'] },
    ];
    expect(coverageOf(page, quotes).missing.map((q) => q.id)).toEqual(['shop.window']);
  });

  it('collects quotes from rules, nested terms and information-only clauses', () => {
    const quotes = quotesOf({ rules: [{ id: 'r', quote: 'A.', outcome: [{ id: 'o', quote: 'B.' }] }], informationOnly: [{ id: 'i', quote: 'C.', why: 'x' }] });
    expect(quotes.map((q) => [q.id, q.path.join('/')])).toEqual([
      ['r', 'rules/0/quote'],
      ['o', 'rules/0/outcome/0/quote'],
      ['i', 'informationOnly/0/quote'],
    ]);
  });
});
