/**
 * `<return-assistant>` in React's JSX (React 19: attributes, `policyData` set as a property, `on…` props listening
 * for the custom events). Opt in once in a project: `import type {} from 'return-assistant/react';`
 * Written as a declaration file: the project itself has no React to check it against; the package test does.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ReturnAssistantElement } from './element.ts';
import type { ReturnAssistantAttributes, ReturnAssistantEventProps } from './types.ts';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'return-assistant': Omit<DetailedHTMLProps<HTMLAttributes<ReturnAssistantElement>, ReturnAssistantElement>, keyof ReturnAssistantAttributes> &
        ReturnAssistantAttributes &
        ReturnAssistantEventProps;
    }
  }
}
