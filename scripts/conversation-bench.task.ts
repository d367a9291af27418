/**
 * `npm run bench:conversation`: for each store, the distinct paths through the conversation and how many
 * questions a shopper answers before the decision, beside a form that asks every fact.
 */
import { it } from 'vitest';
import { conversationPaths } from '../test/conversation/paths.ts';
import { instantAt } from '../src/policy/dates.ts';
import { possibleQuestions } from '../src/policy/index.ts';
import { igarden, imicro } from '../test/support/policies.ts';
import type { Facts, Policy } from '../src/policy/index.ts';

const timeZone = 'America/New_York';
const now = instantAt('2026-11-23T15:00', timeZone);

const setups: { store: Policy; page: string; hostFacts: Facts }[] = [
  { store: imicro, page: 'no facts from the page', hostFacts: {} },
  { store: imicro, page: 'product page: seller, type, bundle, price, weight', hostFacts: { soldBy: 'store', category: 'standard', isBundle: false, pricePaidCents: 54_999, weightPounds: 4 } },
  { store: igarden, page: 'no facts from the page', hostFacts: {} },
  { store: igarden, page: 'product page: seller and price', hostFacts: { soldBy: 'store', pricePaidCents: 59_900 } },
];

it('counts questions per path', () => {
  const rows = setups.map(({ store, page, hostFacts }) => {
    const paths = conversationPaths(store, hostFacts, now, timeZone);
    const counts = paths.map((path) => path.context.answers.length);
    const asked = new Set(paths.flatMap((path) => path.context.answers.map((answer) => answer.key)));
    const form = new Set(
      store.situations.flatMap((situation) => possibleQuestions(store, { ...hostFacts, situation }, now, { timeZone }).map((q) => q.fact)),
    );
    const hostAsked = [...asked].filter((key) => key.split('.')[0]! in hostFacts);
    return {
      store: store.store.name,
      page,
      paths: paths.length,
      'mean questions': Number((counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)),
      'max questions': Math.max(...counts),
      'form (every fact)': form.size + 1,
      'page facts asked': hostAsked.length,
    };
  });
  console.table(rows);
});
