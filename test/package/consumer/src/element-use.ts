// The element from plain TypeScript: created, found, listened to, driven.
import 'return-assistant/element';
import { mount } from 'return-assistant';
import type { ReturnAssistantEventMap, WidgetHandle } from 'return-assistant';

const element = document.createElement('return-assistant');
element.prefill({ pricePaidCents: 12_999 });
export const opened: Promise<boolean> = element.open();
document.querySelector('return-assistant')?.close();

element.addEventListener('return-assistant:decision', (event) => {
  const verdict: 'eligible' | 'not-eligible' | 'needs-review' | 'handled-elsewhere' = event.detail.verdict;
  return verdict;
});
document.addEventListener('return-assistant-answer', (event) => event.detail.question.toUpperCase());
// @ts-expect-error a decision's detail never carries what the shopper typed
element.addEventListener('return-assistant:decision', (event) => event.detail.price);

export const handle: WidgetHandle = mount(document.body, { policy: 'imicro', price: 549.99, mode: 'inline' });
export type Decided = ReturnAssistantEventMap['return-assistant-decision']['detail']['reasons'];
