/** Lets the browser paint and take input between two pieces of work: `scheduler.yield()` where there is one. */
export const nextTask = (): Promise<void> =>
  (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
