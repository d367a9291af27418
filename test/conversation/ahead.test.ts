/** The first decision worked out ahead of the conversation, in steps, and found done when the conversation starts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideAhead, decisionFor } from '../../src/conversation/answers.ts';
import { evaluate } from '../../src/policy/index.ts';
import { loadPolicy } from '../support/policies.ts';

const now = Date.UTC(2026, 10, 23, 15);
const timeZone = 'Europe/London';

describe('deciding ahead', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives the main thread back between steps, and the conversation finds the decision done', async () => {
    const policy = loadPolicy('marksandspencer');
    const situation = { policy, hostFacts: { category: 'clothing' }, now, timeZone };
    // A clock on which every step takes longer than the thread is held for (a slow phone), whatever this machine's speed.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 40));
    let pauses = 0;
    await decideAhead(situation, async () => {
      pauses += 1;
    });
    // One pause before it starts, then one after each step: the richest policy's search is never done in one piece.
    expect(pauses).toBeGreaterThan(10);
    const decision = decisionFor(situation, []);
    expect(decision).toEqual(evaluate({ ...policy }, { category: 'clothing' }, now, { timeZone }));
    // Found done: the very decision kept, not another search.
    expect(decisionFor(situation, [])).toBe(decision);
  });

  it('does nothing when the decision is already known', async () => {
    const policy = loadPolicy('imicro');
    const situation = { policy, hostFacts: {}, now, timeZone };
    const decision = decisionFor(situation, []);
    let pauses = 0;
    await decideAhead(situation, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(0);
    expect(decisionFor(situation, [])).toBe(decision);
  });
});
