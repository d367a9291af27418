/**
 * Types for pages that embed `<return-assistant>` from TypeScript: the element from `document.createElement` and
 * `querySelector`, its attributes, and each event with its detail (`addEventListener` on the element, the document or
 * `window` knows them). JSX typings for Preact and React build on these (`return-assistant/preact`, `/react`).
 */
import type { Situation, Verdict } from '../policy/index.ts';
import type { ReturnAssistantElement } from './element.ts';

/** What each event tells the page: never an answer's value (a date, a price, anything typed). */
export interface ReturnAssistantEventDetail {
  open: { policy: string | null };
  close: { policy: string | null };
  /** A question was answered: which one, not the answer. */
  answer: { policy: string; question: string };
  /** The conversation reached a result: the verdict, the shopper's situation and the ids of the rules behind it. */
  decision: { policy: string; verdict: Verdict; situation: Situation; reasons: string[] };
}

export type ReturnAssistantEventName = keyof ReturnAssistantEventDetail;

/**
 * Each event under both of its names: `return-assistant:decision`, and `return-assistant-decision` for JSX, where an
 * attribute cannot hold a colon (`onreturn-assistant-decision={…}` in Preact and React 19).
 */
export type ReturnAssistantEventMap = {
  [Name in ReturnAssistantEventName as `return-assistant:${Name}` | `return-assistant-${Name}`]: CustomEvent<ReturnAssistantEventDetail[Name]>;
};

/** The element's attributes (all strings in HTML), and `policyData` (a property: a merchant's own policy as an object). */
export interface ReturnAssistantAttributes {
  /** A built-in policy id, or `json-ld` to read the page's schema.org MerchantReturnPolicy. */
  policy?: string;
  policyData?: unknown;
  mode?: 'launcher' | 'inline';
  lang?: string;
  label?: string;
  position?: 'bottom-right' | 'bottom-left';
  theme?: 'light' | 'dark' | 'auto';
  instance?: string;
  category?: string;
  'member-tier'?: string;
  /** The price, `549.99`. */
  price?: string | number;
  /** The weight with its unit, `4 lb`. */
  weight?: string;
  country?: string;
  region?: string;
  seller?: string;
  /** Facts the page knows, as JSON in the facts vocabulary: `{"isBundle":false}`. */
  facts?: string;
}

/** A listener prop for each event's JSX name, as Preact and React 19 attach them to a custom element. */
export type ReturnAssistantEventProps = {
  [Name in ReturnAssistantEventName as `onreturn-assistant-${Name}`]?: (event: CustomEvent<ReturnAssistantEventDetail[Name]>) => void;
};

declare global {
  interface HTMLElementTagNameMap {
    'return-assistant': ReturnAssistantElement;
  }
  // The events bubble out of the shadow root to the document: typed wherever a page listens for them.
  interface GlobalEventHandlersEventMap extends ReturnAssistantEventMap {}
}
