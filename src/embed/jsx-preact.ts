/**
 * `<return-assistant>` in Preact's JSX, with its attributes and event props. Opt in once in a project:
 * `import type {} from 'return-assistant/preact';`
 */
import type { HTMLAttributes } from 'preact';
import type { ReturnAssistantElement } from './element.ts';
import type { ReturnAssistantAttributes, ReturnAssistantEventProps } from './types.ts';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'return-assistant': Omit<HTMLAttributes<ReturnAssistantElement>, keyof ReturnAssistantAttributes> & ReturnAssistantAttributes & ReturnAssistantEventProps;
    }
  }
}
