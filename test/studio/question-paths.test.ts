/** The studio's question counts walk the same paths as the project's model-based tests. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../src/policy/index.ts';
import { lengthChange } from '../../src/studio/question-counts.ts';
import { questionCounts } from '../../src/studio/question-paths.ts';
import { BLANK_POLICY } from '../../src/studio/sources.ts';
import { conversationPaths } from '../conversation/paths.ts';
import { NOW, zone } from '../conversation/support.ts';
import { igarden, imicro } from '../support/policies.ts';

describe.each([
  ['iMicro', imicro],
  ['iGarden', igarden],
])('%s', (_name, policy) => {
  it('counts as many paths and questions as xstate/graph finds', () => {
    const counts = conversationPaths(policy, {}, NOW, zone).map((path) => path.context.answers.length);
    const studio = questionCounts(policy, { now: NOW, timeZone: zone, maxMs: 60_000 });
    expect(studio).toEqual({
      paths: counts.length,
      mean: Math.round((counts.reduce((a, b) => a + b, 0) / counts.length) * 100) / 100,
      max: Math.max(...counts),
      complete: true,
    });
  });

  it('stops at its budget and says so', () => {
    const studio = questionCounts(policy, { now: NOW, timeZone: zone, maxPaths: 5 });
    expect(studio).toMatchObject({ paths: 5, complete: false });
  });
});

describe('a conversation that gets longer says so', () => {
  it('compares the counts after an edit with those before', () => {
    const before = questionCounts(imicro, { now: NOW, timeZone: zone });
    // One more question for every change of mind: a yes-no fact a rule reads before anything else.
    const longer = JSON.parse(readFileSync(new URL('../../examples/policies/imicro/policy.json', import.meta.url), 'utf8')) as {
      facts: Record<string, unknown>;
      rules: unknown[];
    };
    longer.facts.giftReceipt = { kind: 'yes-no', question: 'Do you have a gift receipt?' };
    longer.rules.unshift({
      id: 'gift',
      quote: 'Gifts need a gift receipt.',
      when: {
        all: [
          { fact: 'situation', is: 'changed-mind' },
          { fact: 'giftReceipt', is: false },
        ],
      },
      verdict: 'not-eligible',
    });
    const validation = validatePolicy(longer);
    if (!validation.ok) throw new Error(validation.errors.join('\n'));
    const after = questionCounts(validation.policy, { now: NOW, timeZone: zone });
    expect(after.mean).toBeGreaterThan(before.mean);
    expect(lengthChange('when you opened it', before, after)).toMatch(/^Longer than when you opened it: mean [\d.]+ → [\d.]+, longest \d+ → \d+\.$/);
    expect(lengthChange('when you opened it', after, before)).toMatch(/^Shorter/);
    expect(lengthChange('when you opened it', before, before)).toBeNull();
  });
});

describe('the blank template', () => {
  it('is a valid policy with nothing to warn about', () => {
    const validation = validatePolicy(JSON.parse(BLANK_POLICY));
    expect(validation.ok && validation.warnings).toEqual([]);
  });
});
