/**
 * The search for the next question is kept between answers and narrowed by each one. Whatever a shopper answers, in
 * whatever order (the first question or another still needed, "I don't know", a step back), the decision must be the
 * one a search from scratch gives: checked against `evaluate` on a copy of the policy, which shares nothing kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, localDateAt } from '../../src/policy/dates.ts';
import { growTree, narrowTree } from '../../src/policy/explore.ts';
import type { Branch } from '../../src/policy/explore.ts';
import { evaluate, evaluateInSteps, kindOf, validatePolicy } from '../../src/policy/index.ts';
import type { Decision, FactName, Facts, FactValue, Policy } from '../../src/policy/index.ts';
import { EXAMPLE_IDS, loadPolicy } from '../support/policies.ts';
import { at, NOW, zone } from './support.ts';

const now = at(NOW);
const today = NOW.slice(0, 10);

/** The same decision with nothing kept: a copy of the policy is another policy to every cache. Each worked out once. */
const scratch = new Map<string, Decision>();
function fromScratch(policy: Policy, facts: Facts, unknown: FactName[]): Decision {
  const key = JSON.stringify([policy.id, facts, unknown]);
  if (!scratch.has(key)) scratch.set(key, evaluate({ ...policy }, facts, now, { timeZone: zone, unknown }));
  return scratch.get(key)!;
}

/** A value for a fact from a number the generator drew: any option, either answer, a day up to 400 back, an amount. */
function valueFor(policy: Policy, fact: FactName, drawn: number): FactValue {
  const kind = kindOf(policy, fact);
  if (fact === 'situation') return policy.situations[drawn % policy.situations.length]!;
  if (kind === 'choice') {
    const options = Object.keys(policy.facts[fact]?.options ?? {});
    return options[drawn % options.length]!;
  }
  if (kind === 'yes-no') return drawn % 2 === 0;
  if (kind === 'date' || kind === 'moment') return addDays(today, -(drawn % 400));
  if (kind === 'weight') return (drawn % 90) + 0.5;
  return (drawn % 600) * 100;
}

type Step = { kind: 'answer' | 'dont-know' | 'back'; pick: number; drawn: number };
const step = fc.record({ kind: fc.constantFrom<Step['kind']>('answer', 'answer', 'answer', 'dont-know', 'back'), pick: fc.nat(20), drawn: fc.nat(10_000) });

/** Walks a conversation by the steps, checking every decision on the way against one from scratch. */
function walk(policy: Policy, steps: Step[]): number {
  const history: { facts: Facts; unknown: FactName[] }[] = [{ facts: {}, unknown: [] }];
  let checked = 0;
  for (const { kind, pick, drawn } of steps) {
    const { facts, unknown } = history.at(-1)!;
    const decision = evaluate(policy, facts, now, { timeZone: zone, unknown });
    expect(decision).toEqual(fromScratch(policy, facts, unknown));
    checked += 1;
    if (kind === 'back') {
      if (history.length > 1) history.pop();
      continue;
    }
    if (decision.settled) break;
    // The first question, or another the policy still needs: a group's answer, or one the page gave.
    const needed = decision.needed[pick % 3 === 0 ? pick % decision.needed.length : 0]!;
    if (kind === 'dont-know') {
      history.push({ facts, unknown: [...unknown, needed.fact] });
      continue;
    }
    const value =
      needed.precision === 'time'
        ? `${String(facts[needed.fact]).slice(0, 10)}T${String(drawn % 24).padStart(2, '0')}:30`
        : valueFor(policy, needed.fact, drawn);
    history.push({ facts: { ...facts, [needed.fact]: value }, unknown });
  }
  return checked;
}

describe('the kept search decides as a search from scratch', () => {
  it.each(EXAMPLE_IDS)('%s, any answers in any order', (id) => {
    const policy = loadPolicy(id);
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 14 }), (steps) => {
        expect(walk(policy, steps)).toBeGreaterThan(0);
      }),
      // The richest policies' searches from scratch take longest: fewer walks.
      { numRuns: id === 'marksandspencer' ? 8 : id === 'uniqlo' ? 15 : 25 },
    );
  });

  it('a search done in steps is the same search, and is kept', () => {
    const policy = loadPolicy('marksandspencer');
    const steps = evaluateInSteps(policy, {}, now, { timeZone: zone });
    let paused = 0;
    let next = steps.next();
    while (!next.done) {
      paused += 1;
      next = steps.next();
    }
    // The richest example policy's search (some 7,500 runs of the rules) pauses after every run.
    expect(paused).toBeGreaterThan(1_000);
    expect(next.value).toEqual(fromScratch(policy, {}, []));
    expect(evaluate(policy, { situation: 'changed-mind' }, now, { timeZone: zone })).toEqual(fromScratch(policy, { situation: 'changed-mind' }, []));
  });

  it('answering the first question keeps that branch as it is: nothing is searched again', () => {
    const policy = loadPolicy('marksandspencer');
    const context = { policy, facts: {}, now, timeZone: zone, today: localDateAt(now, zone) };
    const tree = growTree(context, new Set());
    const root = tree.root as Branch;
    expect(root.key).toBe('situation');
    const answered = new Map([['situation', 'changed-mind']]);
    const narrowed = narrowTree(tree, answered, { ...context, facts: { situation: 'changed-mind' } }, new Set());
    expect(narrowed?.root).toBe(root.children[root.values.indexOf('changed-mind')]);
  });

  it('a fact a rule looked at without asking (a note about mail returns) is looked at again once answered', () => {
    const policy = loadPolicy('rei');
    const unknown = ['situation'];
    const answers: Facts[] = [
      { category: 'gear' },
      { memberTier: 'member' },
      { orderedAt: today },
      { damageSincePurchase: true },
      { returnMethod: 'in-store' },
    ];
    let facts: Facts = {};
    for (const answer of answers) {
      facts = { ...facts, ...answer };
      expect(evaluate(policy, facts, now, { timeZone: zone, unknown })).toEqual(fromScratch(policy, facts, unknown));
    }
    const decision = evaluate(policy, facts, now, { timeZone: zone, unknown });
    expect(decision.settled && decision.notes.map((note) => note.id)).not.toContain('rei.note.mail-exceptions');
  });

  it('a search too large to walk whole is cut short the same way, whatever was asked before', () => {
    // Five questions of seven options read by one rule: some 19,600 runs, just under the limit. Answering `y`, which
    // a note looks at without asking, makes each of them grow a date question: a search from scratch is then too
    // large and lists every fact it read; so must the kept one.
    const seven = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`o${i}`, `Option ${i}`]));
    const choice = { kind: 'choice', question: 'Which?', options: seven };
    const result = validatePolicy({
      format: 2,
      id: 'large',
      store: { name: 'Large', currency: 'USD', contact: 'Large support' },
      situations: ['changed-mind'],
      facts: { c1: choice, c2: choice, c3: choice, c4: choice, c5: choice, y: { kind: 'yes-no', question: 'Y?' }, deliveredAt: { question: 'When?' } },
      rules: [
        {
          id: 'large.all',
          quote: 'All.',
          verdict: 'eligible',
          when: { all: ['c1', 'c2', 'c3', 'c4', 'c5'].map((fact) => ({ fact, in: Object.keys(seven) })) },
        },
      ],
      notes: [
        {
          id: 'large.note',
          quote: 'Note.',
          text: 'A note.',
          when: {
            all: [
              { fact: 'c1', is: 'o0' },
              { fact: 'y', is: true },
              { fact: 'deliveredAt', within: { days: 30 } },
            ],
          },
        },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { policy } = result;
    evaluate(policy, { situation: 'changed-mind' }, now, { timeZone: zone });
    const facts: Facts = { situation: 'changed-mind', y: true };
    const decision = evaluate(policy, facts, now, { timeZone: zone });
    expect(decision).toEqual(fromScratch(policy, facts, []));
    expect(!decision.settled && decision.needed.map((needed) => needed.fact)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'deliveredAt']);
  });

  it('a time zone, a moment or an unanswered fact that changed is a new search', () => {
    const policy = loadPolicy('igarden');
    const facts: Facts = { situation: 'defective', soldBy: 'store' };
    evaluate(policy, { situation: 'defective' }, now, { timeZone: zone });
    for (const [later, timeZone, unknown] of [
      [now + 36 * 3_600_000, zone, []],
      [now, zone === 'Pacific/Kiritimati' ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati', []],
      [now, zone, ['deliveredAt']],
    ] as const) {
      expect(evaluate(policy, facts, later, { timeZone, unknown: [...unknown] })).toEqual(
        evaluate({ ...policy }, facts, later, { timeZone, unknown: [...unknown] }),
      );
    }
  });
});
