/** Lets the browser paint and take input between two pieces of work: `scheduler.yield()` where there is one. */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/** Takes a generator of steps (`evaluateInSteps`, `validatePolicyInSteps`) to its end, a task for each step. */
export async function inTasks<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next();
  while (!step.done) {
    await nextTask();
    step = steps.next();
  }
  return step.value;
}
