/**
 * Where a policy can start: a blank template, or any example policy (the two seed stores among them)
 * with its own scenario table. Examples are loaded on demand, as the files are written.
 */
const policyFiles = import.meta.glob<string>('../../examples/policies/*/policy.json', { query: '?raw', import: 'default' });
const tableFiles = import.meta.glob<string>('../../examples/policies/*/scenarios.json', { query: '?raw', import: 'default' });

const idOf = (path: string) => /policies\/([^/]+)\//.exec(path)![1]!;

/** The seed stores: the two the widget has built in. */
export const SEEDS = ['imicro', 'igarden'];
/** Every example policy's id, seeds first. */
export const EXAMPLES: string[] = Object.keys(policyFiles)
  .map(idOf)
  .sort((a, b) => Number(SEEDS.includes(b)) - Number(SEEDS.includes(a)) || a.localeCompare(b));

/** An example's policy file and scenario table, as text. */
export async function loadExample(id: string): Promise<{ policyText: string; tableText: string | null }> {
  const path = Object.keys(policyFiles).find((file) => idOf(file) === id);
  if (!path) throw new Error(`no example policy "${id}"`);
  const tablePath = path.replace('policy.json', 'scenarios.json');
  const [policyText, tableText] = await Promise.all([policyFiles[path]!(), tableFiles[tablePath]?.() ?? null]);
  return { policyText, tableText };
}

/** A small policy that works as it stands, to be made the store's own. */
export const BLANK_POLICY = `${JSON.stringify(
  {
    format: 2,
    id: 'my-store',
    store: { name: 'My Store', currency: 'USD', email: 'help@my-store.example', contact: 'My Store support (help@my-store.example)' },
    situations: ['changed-mind', 'defective'],
    facts: {
      deliveredAt: {},
      tagsAttached: { kind: 'yes-no', question: 'Are the tags still attached?', says: { true: 'the tags are still attached', false: 'the tags are off' } },
    },
    rules: [
      {
        id: 'my-store.defective',
        quote: 'Defective items can be returned for a replacement within 90 days of delivery.',
        when: { fact: 'situation', is: 'defective' },
        verdict: 'eligible',
        window: { days: 90, from: 'deliveredAt' },
        outcome: [
          { id: 'my-store.replacement', quote: 'Defective items can be returned for a replacement within 90 days of delivery.', outcome: 'replacement' },
        ],
      },
      {
        id: 'my-store.window.30-days',
        quote: 'Return unworn items with tags attached within 30 days of delivery.',
        when: { fact: 'situation', is: 'changed-mind' },
        verdict: 'eligible',
        window: { days: 30, from: 'deliveredAt' },
        requirements: [
          {
            id: 'my-store.tags',
            quote: 'Return unworn items with tags attached within 30 days of delivery.',
            require: { fact: 'tagsAttached', is: true },
            otherwise: 'not-eligible',
            text: 'The tags must still be attached.',
          },
        ],
        outcome: [{ id: 'my-store.refund', quote: 'Refunds go to the original payment method.', outcome: 'refund' }],
      },
    ],
  },
  null,
  2,
)}\n`;
