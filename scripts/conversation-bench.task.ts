/**
 * `npm run bench:conversation`: for each store (the two seeds and every example policy), the distinct paths
 * through the conversation and how many questions a shopper answers before the decision, beside a form that
 * asks every fact; with nothing known, and on a product page that supplies the facts the policy takes from it.
 */
import { it } from 'vitest';
import { conversationPaths } from '../test/conversation/paths.ts';
import { instantAt } from '../src/policy/dates.ts';
import { kindOf, possibleQuestions } from '../src/policy/index.ts';
import { EXAMPLE_IDS, loadPolicy } from '../test/support/policies.ts';
import type { Facts, Policy } from '../src/policy/index.ts';

const timeZone = 'America/New_York';
const now = instantAt('2026-11-23T15:00', timeZone);

/** What a product page would supply: each fact the policy takes `from: "page"`, with its first option. */
function pageFacts(policy: Policy): Facts {
  const facts: Facts = {};
  for (const [fact, spec] of Object.entries(policy.facts)) {
    if (spec.from !== 'page') continue;
    const kind = kindOf(policy, fact);
    if (kind === 'choice') facts[fact] = Object.keys(spec.options ?? {})[0];
    else if (kind === 'amount') facts[fact] = 12_999;
    else if (kind === 'weight') facts[fact] = 4;
    else if (kind === 'yes-no') facts[fact] = false;
  }
  return facts;
}

it('counts questions per path', () => {
  const rows = EXAMPLE_IDS.flatMap((id) => {
    const store = loadPolicy(id);
    const page = pageFacts(store);
    const setups: [string, Facts][] = [['nothing known', {}]];
    if (Object.keys(page).length > 0) setups.push([`page: ${Object.keys(page).join(', ')}`, page]);
    return setups.map(([label, hostFacts]) => {
      const started = performance.now();
      const paths = conversationPaths(store, hostFacts, now, timeZone);
      const counts = paths.map((path) => path.context.answers.length);
      const form = new Set(
        store.situations.flatMap((situation) => possibleQuestions(store, { ...hostFacts, situation }, now, { timeZone }).map((q) => q.fact)),
      );
      const hostAsked = new Set(paths.flatMap((path) => path.context.answers.map((answer) => answer.key.split('.')[0]!))).size;
      return {
        store: id,
        page: label,
        paths: paths.length,
        mean: Number((counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)),
        max: Math.max(...counts),
        'goal (mean ≤ 4, max ≤ 7)': counts.reduce((a, b) => a + b, 0) / counts.length <= 4 && Math.max(...counts) <= 7 ? 'met' : 'missed',
        form: form.size + 1,
        'distinct questions': hostAsked,
        'walk (s)': Number(((performance.now() - started) / 1000).toFixed(1)),
      };
    });
  });
  console.table(rows);
});
