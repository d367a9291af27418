/** Question counts, and how they changed: apart from the walk, so the page does not load the statechart to word them. */
export interface QuestionCounts {
  paths: number;
  /** Questions answered before the decision: mean and longest over the paths walked. */
  mean: number;
  max: number;
  /** False when the walk stopped at its budget: the counts cover the paths walked. */
  complete: boolean;
}

/**
 * How the conversation changed against earlier counts, in words; null when it did not.
 * @example lengthChange('when you opened it', { mean: 3.1, max: 5, … }, { mean: 3.4, max: 6, … }) // 'Longer than when you opened it: …'
 */
export function lengthChange(since: string, before: QuestionCounts | null | undefined, now: QuestionCounts): string | null {
  if (!before || (before.mean === now.mean && before.max === now.max)) return null;
  const longer = now.mean > before.mean || now.max > before.max;
  return `${longer ? 'Longer' : 'Shorter'} than ${since}: mean ${before.mean} → ${now.mean}, longest ${before.max} → ${now.max}.`;
}
