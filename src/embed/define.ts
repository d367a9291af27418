/**
 * `import 'return-assistant/element'`: registers `<return-assistant>` once (nothing where there is no DOM), and
 * brings its types: the element in `HTMLElementTagNameMap`, its events in `addEventListener`.
 */
import { defineReturnAssistant } from './element.ts';

defineReturnAssistant();

export type { ReturnAssistantElement } from './element.ts';
export type { ReturnAssistantAttributes, ReturnAssistantEventDetail, ReturnAssistantEventMap, ReturnAssistantEventName } from './types.ts';
