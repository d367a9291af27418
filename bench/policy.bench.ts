/** How long `evaluate` takes: once per answer in a conversation, so it must stay far below a frame. */
import { bench, describe } from 'vitest';
import { evaluate } from '../src/policy/index.ts';
import { EXAMPLE_IDS, IMICRO_KEPT, igarden, imicro, loadPolicy } from '../test/support/policies.ts';

const now = Date.UTC(2026, 10, 23, 15);
const timeZone = 'America/New_York';

describe('evaluate, seed stores', () => {
  bench('iMicro, nothing known yet (widest search)', () => {
    evaluate(imicro, {}, now, { timeZone });
  });
  bench('iGarden, nothing known yet (widest search)', () => {
    evaluate(igarden, {}, now, { timeZone });
  });
  bench('iGarden, situation known', () => {
    evaluate(igarden, { situation: 'changed-mind' }, now, { timeZone });
  });
  bench('iMicro, every fact known', () => {
    evaluate(
      imicro,
      {
        ...IMICRO_KEPT,
        invoiceDate: '2026-11-01',
        pricePaidCents: 54_999,
        weightPounds: 4,
      },
      now,
      { timeZone },
    );
  });
});

describe('evaluate, every example policy, change of mind with nothing else known', () => {
  for (const id of EXAMPLE_IDS) {
    const policy = loadPolicy(id);
    bench(id, () => {
      evaluate(policy, { situation: 'changed-mind' }, now, { timeZone });
    });
  }
});
