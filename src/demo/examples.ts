/** Every example policy in the real widget, inline: pick a store and talk to it. */
import { mount } from '../embed/index.ts';
import type { WidgetHandle } from '../embed/index.ts';

const files = import.meta.glob<{ default: { id: string; store: { name: string } } }>('../../examples/policies/*/policy.json');
const select = document.querySelector<HTMLSelectElement>('#examples select')!;
const source = document.querySelector<HTMLParagraphElement>('#source')!;
const target = document.querySelector<HTMLDivElement>('#widget')!;
let widget: WidgetHandle | null = null;

async function show(path: string): Promise<void> {
  const { default: policy } = await files[path]!();
  widget?.destroy();
  widget = mount(target, { policy, mode: 'inline', instance: policy.id });
  source.textContent = `${policy.store.name}: examples/policies/${policy.id}/ (policy.json, scenarios.json, source.md)`;
}

for (const path of Object.keys(files).sort()) {
  const option = document.createElement('option');
  option.value = path;
  option.textContent = path.split('/').at(-2)!;
  select.append(option);
}
select.addEventListener('change', () => void show(select.value));
void show(select.value);
