/** Work done in steps: a generator that pauses between pieces, so that a caller can let the browser breathe between them. */

/** What a generator of steps returns, its steps taken in one piece. */
export function drain<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
