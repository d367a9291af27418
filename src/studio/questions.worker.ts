/**
 * Off the page's thread: the conversation diagram and the question counts of a policy. Walking every
 * path of a large policy takes seconds; the editor stays responsive meanwhile.
 */
import { loadMessages, machineFor } from '../conversation/index.ts';
import { mermaidChart } from '../conversation/chart.ts';
import { validatePolicy } from '../policy/index.ts';
import { questionCounts } from './question-paths.ts';
import type { QuestionCounts } from './question-counts.ts';

export interface QuestionsRequest {
  id: number;
  policy: unknown;
  now: number;
  timeZone: string;
}
export type QuestionsReply = { id: number; chart: string; counts: QuestionCounts } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<QuestionsRequest>) => {
  const { id, policy: data, now, timeZone } = event.data;
  const reply = (message: QuestionsReply) => self.postMessage(message);
  try {
    // The questions are worded from the catalogue; the counts do not depend on its language.
    await loadMessages('en');
    const validation = validatePolicy(data);
    if (!validation.ok) return reply({ id, error: 'the policy is not valid' });
    const chart = mermaidChart(machineFor(validation.policy));
    reply({ id, chart, counts: questionCounts(validation.policy, { now, timeZone }) });
  } catch (error) {
    reply({ id, error: (error as Error).message });
  }
};
