/**
 * Off the page's thread: the conversation diagram and the question counts of a policy. Walking every
 * path of a large policy takes seconds; the editor stays responsive meanwhile.
 */
import { loadMessages, messagesFor, questionFor } from '../conversation/index.ts';
import { mermaidChart } from '../conversation/chart.ts';
import { createConversationMachine, questionsBySituation } from '../conversation/machine.ts';
import { validatePolicy } from '../policy/index.ts';
import type { Situation } from '../policy/index.ts';
import { questionCounts } from './question-paths.ts';
import type { QuestionCounts } from './question-counts.ts';

export interface QuestionsRequest {
  id: number;
  policy: unknown;
  now: number;
  timeZone: string;
}
/** A situation the shopper can pick, and the questions the policy can go on to ask in it, in the order it asks them. */
export interface Branch {
  situation: string;
  questions: string[];
}
export type QuestionsReply = { id: number; chart: string; branches: Branch[]; counts: QuestionCounts } | { id: number; error: string };

self.onmessage = async (event: MessageEvent<QuestionsRequest>) => {
  const { id, policy: data, now, timeZone } = event.data;
  const reply = (message: QuestionsReply) => self.postMessage(message);
  try {
    // The questions are worded from the catalogue; the counts do not depend on its language.
    await loadMessages('en');
    const validation = validatePolicy(data);
    if (!validation.ok) return reply({ id, error: 'the policy is not valid' });
    const policy = validation.policy;
    // Each branch with just the questions its situation can lead to, as the diagrams in docs/ are drawn.
    const bySituation = questionsBySituation(policy, now);
    const labels = messagesFor('en').options.situation as Record<string, string>;
    const branches = Object.entries(bySituation).map(([situation, keys]) => ({
      situation: labels[situation] ?? situation,
      questions: keys.map((key) => questionFor(key, policy, { situation: situation as Situation }, 'en').text),
    }));
    const chart = mermaidChart(createConversationMachine(policy, bySituation));
    reply({ id, chart, branches, counts: questionCounts(policy, { now, timeZone }) });
  } catch (error) {
    reply({ id, error: (error as Error).message });
  }
};
