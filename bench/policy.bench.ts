/**
 * How long `evaluate` takes. A conversation searches afresh once (its first question) and after a date or an amount;
 * after a choice or a yes-no answer it narrows the search it kept. Both are measured: a search from scratch on a copy
 * of the policy (which shares nothing kept), and the kept search narrowed by one answer.
 */
import { bench, describe } from 'vitest';
import { localDateAt } from '../src/policy/dates.ts';
import { growTree, narrowTree, readTree } from '../src/policy/explore.ts';
import { evaluate } from '../src/policy/index.ts';
import type { Policy } from '../src/policy/index.ts';
import { indexOf } from '../src/policy/policy-index.ts';
import { EXAMPLE_IDS, IMICRO_KEPT, igarden, imicro, loadPolicy } from '../test/support/policies.ts';

const now = Date.UTC(2026, 10, 23, 15);
const timeZone = 'America/New_York';
const today = localDateAt(now, timeZone);

/** A search from scratch: a copy of the policy is another policy to every cache. */
const fresh = (policy: Policy) => ({ ...policy });

describe('evaluate from scratch, seed stores', () => {
  bench('iMicro, nothing known yet (widest search)', () => {
    evaluate(fresh(imicro), {}, now, { timeZone });
  });
  bench('iGarden, nothing known yet (widest search)', () => {
    evaluate(fresh(igarden), {}, now, { timeZone });
  });
  bench('iGarden, situation known', () => {
    evaluate(fresh(igarden), { situation: 'changed-mind' }, now, { timeZone });
  });
  bench('iMicro, every fact known', () => {
    evaluate(fresh(imicro), { ...IMICRO_KEPT, invoiceDate: '2026-11-01', pricePaidCents: 54_999, weightPounds: 4 }, now, { timeZone });
  });
});

describe('evaluate from scratch, every example policy, nothing known (its first question)', () => {
  for (const id of EXAMPLE_IDS) {
    const policy = loadPolicy(id);
    bench(id, () => {
      evaluate(fresh(policy), {}, now, { timeZone });
    });
  }
});

describe('the kept search narrowed by an answer, every example policy: "I changed my mind"', () => {
  for (const id of EXAMPLE_IDS) {
    const policy = loadPolicy(id);
    const unanswerable = new Set(indexOf(policy).storeFacts);
    const kept = growTree({ policy, facts: {}, now, timeZone, today }, unanswerable);
    const answered = { policy, facts: { situation: 'changed-mind' as const }, now, timeZone, today };
    bench(id, () => {
      const narrowed = narrowTree(kept, new Map([['situation', 'changed-mind']]), answered, unanswerable);
      if (!narrowed) throw new Error(`${id}: the kept search could not be narrowed`);
      readTree(narrowed, unanswerable);
    });
  }
});
