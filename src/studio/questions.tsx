/**
 * What shoppers will be asked: the generated conversation as a diagram (the Mermaid text `npm run chart`
 * writes) and the questions per path, mean and longest, worked out in a worker as the policy changes.
 * A change that makes the conversation longer says so.
 */
import { signal, useSignalEffect } from '@preact/signals';
import { lastValid, origin } from './state.ts';
import { lengthChange } from './question-counts.ts';
import type { QuestionCounts } from './question-counts.ts';
import type { Branch, QuestionsReply, QuestionsRequest } from './questions.worker.ts';

interface Counted {
  counts: QuestionCounts;
  chart: string;
  branches: Branch[];
}

const result = signal<Counted | null>(null);
const previous = signal<QuestionCounts | null>(null);
/** The counts of the policy as it was opened, per origin. */
const baseline = signal<{ origin: string; counts: QuestionCounts } | null>(null);
const working = signal(false);
const failure = signal('');

let worker: Worker | null = null;
let asked = 0;

function count(policy: unknown): void {
  // A walk still running is for a version of the policy that is gone: stop it rather than wait for it.
  if (working.value) {
    worker?.terminate();
    worker = null;
  }
  worker ??= new Worker(new URL('./questions.worker.ts', import.meta.url), { type: 'module' });
  asked += 1;
  working.value = true;
  const request: QuestionsRequest = { id: asked, policy, now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  worker.onmessage = (event: MessageEvent<QuestionsReply>) => {
    if (event.data.id !== asked) return;
    working.value = false;
    if ('error' in event.data) {
      failure.value = event.data.error;
      return;
    }
    failure.value = '';
    previous.value = result.value?.counts ?? null;
    result.value = { counts: event.data.counts, chart: event.data.chart, branches: event.data.branches };
    if (baseline.value?.origin !== origin.value) baseline.value = { origin: origin.value, counts: event.data.counts };
  };
  worker.postMessage(request);
}

export function Questions() {
  useSignalEffect(() => {
    const current = lastValid.value;
    if (current) count(current.data);
  });
  const counted = result.value;
  const sinceEdit = counted ? lengthChange('before your last change', previous.value, counted.counts) : null;
  const sinceOpen = counted && baseline.value ? lengthChange('when you opened it', baseline.value.counts, counted.counts) : null;
  return (
    <div class="questions">
      <p role="status">{working.value ? 'Counting the questions…' : failure.value ? `Could not count: ${failure.value}` : ''}</p>
      {counted && (
        <>
          <dl class="counts">
            <dt>Paths to a decision</dt>
            <dd>
              {counted.counts.paths}
              {counted.counts.complete ? '' : ' (stopped there: a large policy; the counts cover these paths)'}
            </dd>
            <dt>Questions per path, mean</dt>
            <dd>{counted.counts.mean}</dd>
            <dt>Questions on the longest path</dt>
            <dd>{counted.counts.max}</dd>
          </dl>
          {[sinceEdit, sinceOpen].filter(Boolean).map((line) => (
            <p class={line!.startsWith('Longer') ? 'longer' : 'shorter'}>{line}</p>
          ))}
          <p class="note">
            Each path answers every option, dates either side of the usual windows and weights either side of 30 lb, as the project's conversation tests do. The
            project's goal: a mean of 4 questions or fewer, 7 at most.
          </p>
          <h3>The conversation</h3>
          <p class="note">
            The shopper first says what happened; each branch holds the questions the policy can go on to ask there, in its order. Only those whose answer can
            still change the decision are asked, so most shoppers see a few of them.
          </p>
          <ol class="branches" aria-label="The conversation, branch by branch">
            {counted.branches.map((branch) => (
              <li key={branch.situation}>
                <strong>{branch.situation}</strong>
                {branch.questions.length ? (
                  <ol class="asked">
                    {branch.questions.map((question) => (
                      <li key={question}>{question}</li>
                    ))}
                  </ol>
                ) : (
                  <span> — decided at once</span>
                )}
              </li>
            ))}
          </ol>
          <details>
            <summary>The statechart as a Mermaid diagram</summary>
            <p class="note">Generated from the statechart (paste it into any Mermaid viewer, or a Markdown file on GitHub).</p>
            <pre class="chart" role="region" tabIndex={0} aria-label="Conversation diagram, Mermaid text">
              {counted.chart}
            </pre>
          </details>
        </>
      )}
    </div>
  );
}
