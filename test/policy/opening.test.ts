/**
 * The first question found before the search (`openingDecision`) is exactly the one the search asks first: checked
 * against `evaluate` for every example policy, with nothing known and with each choice and yes-no fact given.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, kindOf, openingDecision, validatePolicy } from '../../src/policy/index.ts';
import type { Facts, Policy } from '../../src/policy/index.ts';
import { EXAMPLE_IDS, loadPolicy } from '../support/policies.ts';
import { at, NOW, zone } from './support.ts';

/** Nothing known, then each choice or yes-no fact the shopper could answer given alone, each of its values in turn. */
function givenAlone(policy: Policy): Facts[] {
  const sets: Facts[] = [{}];
  for (const [fact, spec] of Object.entries(policy.facts)) {
    if (spec.from === 'store') continue;
    const kind = kindOf(policy, fact);
    const values = kind === 'choice' ? Object.keys(spec.options ?? {}) : kind === 'yes-no' ? [true, false] : [];
    for (const value of values) sets.push({ [fact]: value });
  }
  return sets;
}

describe.each(EXAMPLE_IDS)('the first question before the search: %s', (id) => {
  const policy = loadPolicy(id);

  it('is found with nothing known', () => {
    expect(openingDecision(policy, {}, at(NOW), { timeZone: zone })?.needed).toEqual([{ fact: 'situation', precision: 'value' }]);
  });

  it('is the one the search asks first, whenever it is found; none when the decision is settled', () => {
    let found = 0;
    for (const facts of givenAlone(policy)) {
      for (const now of [NOW, '2027-03-28T01:30']) {
        const opening = openingDecision(policy, facts, at(now), { timeZone: zone });
        const decision = evaluate(policy, facts, at(now), { timeZone: zone });
        if (!opening) continue;
        found += 1;
        expect(decision.settled, JSON.stringify(facts)).toBe(false);
        if (decision.settled) continue;
        expect(opening.needed, JSON.stringify(facts)).toEqual([decision.needed[0]]);
        expect(opening.partial).toBe(true);
        expect(opening.problems).toEqual(decision.problems);
        for (const verdict of opening.possibleVerdicts) expect(decision.possibleVerdicts).toContain(verdict);
      }
    }
    // Most of them are found so: the test would not pass unnoticed with none.
    expect(found).toBeGreaterThan(givenAlone(policy).length);
  });
});

describe('the first question before the search', () => {
  it('is none when no fact the shopper can answer changes the decision', () => {
    const policy = loadPolicy('imicro');
    const facts: Facts = { situation: 'changed-mind', soldBy: 'third-party' };
    expect(evaluate(policy, facts, at(NOW), { timeZone: zone }).settled).toBe(true);
    expect(openingDecision(policy, facts, at(NOW), { timeZone: zone })).toBeNull();
  });

  it('is none when the first fact read does not decide, and the search asks another first', () => {
    // A choice is read first, but either option leads the same way; the yes-no fact read after it decides.
    const result = validatePolicy({
      format: 2,
      id: 'first-read-decides-nothing',
      store: { name: 'Shop', currency: 'USD', contact: 'Shop support' },
      situations: ['changed-mind'],
      facts: { either: { kind: 'choice', question: 'Which?', options: { one: 'One', two: 'Two' } }, kept: { kind: 'yes-no', question: 'Kept it all?' } },
      rules: [
        {
          id: 'shop.kept',
          quote: 'Returns must be complete.',
          verdict: 'eligible',
          when: {
            all: [
              { fact: 'either', in: ['one', 'two'] },
              { fact: 'kept', is: true },
            ],
          },
        },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const facts: Facts = { situation: 'changed-mind' };
    const decision = evaluate(result.policy, facts, at(NOW), { timeZone: zone });
    expect(!decision.settled && decision.needed).toEqual([{ fact: 'kept', precision: 'value' }]);
    expect(openingDecision(result.policy, facts, at(NOW), { timeZone: zone })).toBeNull();
  });
});
