import { describe, expect, it } from 'vitest';
import { evaluate, evaluateInSteps, runInTasks, validatePolicy, validatePolicyInSteps } from '../../src/policy/index.ts';
import { igarden } from '../support/policies.ts';
import { at, NOW, zone } from './support.ts';

/** A pause that counts how often it is awaited. */
function counted() {
  const pause = async () => {
    pause.count += 1;
  };
  pause.count = 0;
  return pause;
}

describe('runInTasks', () => {
  it('with no budget, pauses between every two steps, and returns what the steps come to', async () => {
    const pause = counted();
    const result = await runInTasks(validatePolicyInSteps(igarden), pause);
    expect(result).toEqual(validatePolicy(igarden));
    // A valid policy's validation pauses three times (copied, read, copied again, checked).
    expect(pause.count).toBe(3);
  });

  it('with a budget no step reaches, never pauses; the decision is the same as evaluate()', async () => {
    const pause = counted();
    const fresh = { ...igarden };
    const decision = await runInTasks(evaluateInSteps(fresh, {}, at(NOW), { timeZone: zone }), pause, 60_000);
    expect(pause.count).toBe(0);
    expect(decision).toEqual(evaluate({ ...igarden }, {}, at(NOW), { timeZone: zone }));
  });

  it('a step that throws rejects the promise, after the pauses before it', async () => {
    const pause = counted();
    function* failing(): Generator<void, number> {
      yield;
      throw new Error('broken step');
    }
    await expect(runInTasks(failing(), pause)).rejects.toThrow('broken step');
    expect(pause.count).toBe(1);
  });
});
