/** Work done in steps: a generator that pauses between pieces, so that a caller can let the browser breathe between them. */

/** What a generator of steps returns, its steps taken in one piece. */
export function drain<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * What a generator of steps (`evaluateInSteps`, `validatePolicyInSteps`) returns, its steps spread over tasks:
 * `pause` (the next task, say `scheduler.yield()`) is awaited before a step once the steps since the last pause have
 * held the main thread `budgetMs` (0, the default: before every step but the first).
 * @example
 * const decision = await runInTasks(evaluateInSteps(policy, {}, now), () => scheduler.yield(), 20);
 */
export async function runInTasks<T>(steps: Generator<void, T>, pause: () => Promise<void>, budgetMs = 0): Promise<T> {
  let since = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - since >= budgetMs) {
      await pause();
      since = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
