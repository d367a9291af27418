/** The first decision worked out ahead of the conversation, in steps, and found done when the conversation starts. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { decideAhead, decisionFor, openAhead, openingFor } from '../../src/conversation/answers.ts';
import { currentQuestion, machineFor } from '../../src/conversation/index.ts';
import { evaluate, openingDecision } from '../../src/policy/index.ts';
import type { Facts } from '../../src/policy/index.ts';
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

  it('opens on the first question alone, found before the search, and the search done later replaces it', async () => {
    const policy = loadPolicy('uniqlo');
    const situation = { policy, hostFacts: {}, now, timeZone };
    let pauses = 0;
    await openAhead(situation, async () => {
      pauses += 1;
    });
    // A task of its own, and no search in steps.
    expect(pauses).toBe(1);
    const opening = openingFor(situation);
    const full = evaluate({ ...policy }, {}, now, { timeZone });
    expect(opening).toMatchObject({ settled: false, partial: true, needed: [!full.settled && full.needed[0]] });
    // The conversation asks what it would have asked after the whole search.
    const actor = createActor(machineFor(policy), { input: { ...situation, locale: 'en' } }).start();
    expect(currentQuestion(actor.getSnapshot().context)?.key).toBe('situation');
    await decideAhead(situation, async () => {});
    expect(openingFor(situation)).toEqual(full);
    actor.stop();
  });

  it('does the whole search at once when the first question is one of a group (it needs every fact needed)', async () => {
    const policy = loadPolicy('allbirds');
    const situation = { policy, hostFacts: { situation: 'changed-mind' } as Facts, now, timeZone };
    const first = openingDecision(policy, situation.hostFacts, now, { timeZone })!.needed[0]!.fact;
    expect(policy.groups.purchase!.facts).toContain(first);
    await openAhead(situation, async () => {});
    expect(openingFor(situation)).toEqual(evaluate({ ...policy }, situation.hostFacts, now, { timeZone }));
    expect(openingFor(situation)).not.toHaveProperty('partial');
  });

  it('does the whole search at once, in steps, when saved answers are to be restored (each is checked against it)', async () => {
    const policy = loadPolicy('rei');
    const situation = { policy, hostFacts: {}, now, timeZone };
    // A slow phone's clock: every step takes longer than the thread is held for.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 40));
    let pauses = 0;
    await openAhead(
      situation,
      async () => {
        pauses += 1;
      },
      { restoring: true },
    );
    expect(pauses).toBeGreaterThan(10);
    expect(openingFor(situation)).toEqual(evaluate({ ...policy }, {}, now, { timeZone }));
    expect(openingFor(situation)).not.toHaveProperty('partial');
  });
});
