/** A page to try `evaluate` by hand: pick a policy, edit facts, read the decision. */
import { evaluate } from '../policy/index.ts';
import type { Facts, Policy } from '../policy/index.ts';
import { loadBuiltInPolicy } from '../policy/policies/index.ts';

const policies: Record<'imicro' | 'igarden', Policy> = { imicro: await loadBuiltInPolicy('imicro', 'en')!, igarden: await loadBuiltInPolicy('igarden', 'en')! };
const today = new Date().toLocaleDateString('en-CA');
const examples: Record<keyof typeof policies, Facts> = {
  imicro: { situation: 'changed-mind', soldBy: 'store', category: 'standard', invoiceDate: today, packagingComplete: true, labelsIntact: true, isBundle: false, pricePaidCents: 54_999, weightPounds: 4 },
  igarden: { situation: 'changed-mind', soldBy: 'store', deliveredAt: today, pricePaidCents: 12_999, paymentMethod: 'credit-card' },
};

const form = document.querySelector<HTMLFormElement>('#playground')!;
const output = document.querySelector<HTMLPreElement>('#decision')!;
const select = form.elements.namedItem('policy') as HTMLSelectElement;
const factsBox = form.elements.namedItem('facts') as HTMLTextAreaElement;

function run(): void {
  let facts: Facts;
  try {
    facts = JSON.parse(factsBox.value) as Facts;
  } catch (error) {
    output.textContent = `The facts are not valid JSON: ${(error as Error).message}`;
    return;
  }
  const decision = evaluate(policies[select.value as keyof typeof policies], facts, new Date());
  output.textContent = JSON.stringify(decision, null, 2);
}

select.addEventListener('change', () => {
  factsBox.value = JSON.stringify(examples[select.value as keyof typeof policies], null, 2);
  run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
factsBox.value = JSON.stringify(examples.imicro, null, 2);
run();
