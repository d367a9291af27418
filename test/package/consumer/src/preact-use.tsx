/** @jsxImportSource preact */
import type {} from 'return-assistant/preact';

export const widget = (
  <return-assistant policy="imicro" mode="inline" member-tier="gold" price={549.99} onreturn-assistant-decision={(event) => event.detail.verdict} />
);
// @ts-expect-error not a mode of the element
export const wrongMode = <return-assistant mode="popup" />;
