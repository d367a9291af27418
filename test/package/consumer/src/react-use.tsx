/** @jsxImportSource react */
import type {} from 'return-assistant/react';

export const widget = (
  <return-assistant policy="igarden" className="returns" position="bottom-left" policyData={{ id: 'own' }} onreturn-assistant-open={(event) => event.detail.policy} />
);
// @ts-expect-error the answer event tells the question, not the answer
export const wrongDetail = <return-assistant onreturn-assistant-answer={(event) => event.detail.answer} />;
