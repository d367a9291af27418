/** The shopper's answers, and the facts they add up to. */
import { evaluate, evaluateInSteps, openingDecision, runInTasks } from '../policy/index.ts';
import type { Decision, FactName, Facts, Policy } from '../policy/index.ts';
import { factOf, factsOfKey, groupOf } from './questions.ts';
import type { QuestionKey } from './questions.ts';

export interface Answer {
  key: QuestionKey;
  value: string | number | boolean;
  /** How the answer reads back in the transcript ("PayPal", "$129.99", "5 kg (11.02 lb)", "I don't know"). */
  display: string;
  /** True when the shopper said they don't know: the fact stays unknown and is not asked again. */
  unknown?: boolean;
}

export interface Situation {
  policy: Policy;
  /** What the host page already knows; never asked. */
  hostFacts: Facts;
  now: number;
  timeZone: string;
}

/** The facts: the host page's, then each answer in order; a time answer completes its date. */
export function factsFrom(policy: Policy, hostFacts: Facts, answers: readonly Answer[]): Facts {
  const facts: Record<string, unknown> = Object.assign(Object.create(null) as object, hostFacts);
  for (const answer of answers) {
    if (answer.unknown) continue;
    const group = groupOf(policy, answer.key);
    if (group) {
      const option = Object.hasOwn(group.options, String(answer.value)) ? group.options[String(answer.value)] : undefined;
      Object.assign(facts, option?.sets ?? {});
      continue;
    }
    const fact = factOf(policy, answer.key);
    facts[fact] = answer.key.endsWith('.time') ? `${String(facts[fact]).slice(0, 10)}T${String(answer.value)}` : answer.value;
  }
  return facts as Facts;
}

/** The facts the shopper said they don't know. */
export function unknownFrom(policy: Policy, answers: readonly Answer[]): FactName[] {
  return answers.filter((answer) => answer.unknown).flatMap((answer) => factsOfKey(policy, answer.key));
}

/** Decisions worked out in this page, by policy, then by what they were worked out from. */
const decided = new WeakMap<Policy, Map<string, Decision>>();
/** How many a policy keeps: a conversation's worth, with its undos and edits. */
const KEPT_DECISIONS = 32;

/**
 * The policy's decision on the page's facts and these answers. The same question asked again (starting over, undoing
 * an answer, changing one back, a page that shows the panel afresh) is answered from the decisions already worked
 * out: for the richest policies the first search takes a slow phone most of a second.
 */
export function decisionFor(situation: Situation, answers: readonly Answer[]): Decision {
  const { key, kept } = keptFor(situation, answers);
  const known = kept.get(key);
  if (known) return known;
  return keepDecision(
    kept,
    key,
    evaluate(situation.policy, factsFrom(situation.policy, situation.hostFacts, answers), situation.now, optionsOf(situation, answers)),
  );
}

/** A slow phone's main thread is given back at least this often (ms) while a decision is worked out ahead. */
const STEP_MS = 20;

/**
 * Works out the decision before any answer, ahead of the conversation that needs it, in steps: `pause` (the next task)
 * is awaited whenever one step has held the main thread for a few milliseconds. The richest policies' first search
 * then never makes a long task, and `decisionFor` finds it done, with the search kept for the answers to narrow.
 */
export function decideAhead(situation: Situation, pause: () => Promise<void>): Promise<void> {
  return decideInSteps(situation, [], pause);
}

/** Works out the decision on these answers the same way, in steps, for `decisionFor` to find done. */
export async function decideInSteps(situation: Situation, answers: readonly Answer[], pause: () => Promise<void>): Promise<void> {
  const { key, kept } = keptFor(situation, answers);
  if (kept.has(key)) return;
  // A task of its own from the start: what ran before it (reading the page's facts) is not added to its first step.
  await pause();
  const steps = evaluateInSteps(situation.policy, factsFrom(situation.policy, situation.hostFacts, answers), situation.now, optionsOf(situation, answers));
  keepDecision(kept, key, await runInTasks(steps, pause, STEP_MS));
}

/** Opening decisions found in this page (see `openAhead`), by policy, then by what they were found from. */
const openings = new WeakMap<Policy, Map<string, Decision>>();

/**
 * Finds the first question before the first search where it can (`openingDecision`: a few runs of the rules), so the
 * conversation can ask it at once and the search be done while the shopper reads it (`decideAhead`, before the
 * answer is taken). Where it cannot, or the question is one of a group's (which needs the whole list of facts
 * needed), or saved answers are `restoring` (each is checked against it), the search is done now, in steps. `pause`
 * is awaited first: a task of its own.
 */
export async function openAhead(situation: Situation, pause: () => Promise<void>, { restoring = false } = {}): Promise<void> {
  const { key, kept } = keptFor(situation, []);
  if (kept.has(key)) return;
  // Saved answers are checked against the whole search before the conversation starts: it is done now, in steps.
  if (restoring) return decideAhead(situation, pause);
  await pause();
  const opening = openingDecision(situation.policy, factsFrom(situation.policy, situation.hostFacts, []), situation.now, optionsOf(situation, []));
  const { groups } = situation.policy;
  if (opening && !Object.keys(groups).some((id) => groups[id]!.facts.includes(opening.needed[0]!.fact))) {
    let found = openings.get(situation.policy);
    if (!found) openings.set(situation.policy, (found = new Map()));
    keepDecision(found, key, opening);
  } else await decideAhead(situation, pause);
}

/**
 * The decision a conversation with no answers starts on: the one worked out, else the opening `openAhead` found (its
 * `needed` holds only the first question), else worked out now.
 */
export function openingFor(situation: Situation): Decision {
  const { key, kept } = keptFor(situation, []);
  return kept.get(key) ?? openings.get(situation.policy)?.get(key) ?? decisionFor(situation, []);
}

function optionsOf(situation: Situation, answers: readonly Answer[]) {
  return { timeZone: situation.timeZone, unknown: unknownFrom(situation.policy, answers) };
}

function keptFor(situation: Situation, answers: readonly Answer[]) {
  const key = JSON.stringify([
    situation.hostFacts,
    situation.now,
    situation.timeZone,
    answers.map((answer) => [answer.key, answer.value, answer.unknown === true]),
  ]);
  let kept = decided.get(situation.policy);
  if (!kept) decided.set(situation.policy, (kept = new Map()));
  return { key, kept };
}

function keepDecision(kept: Map<string, Decision>, key: string, decision: Decision): Decision {
  if (kept.size >= KEPT_DECISIONS) kept.delete(kept.keys().next().value!);
  kept.set(key, decision);
  return decision;
}

/**
 * Keeps the answers that still matter, in order: each is kept only if, given the
 * answers kept before it, its question would still be open. After an edit this drops
 * answers that no longer apply; a dropped question is asked again only if needed.
 */
export function answersThatApply(situation: Situation, answers: readonly Answer[]): Answer[] {
  const kept: Answer[] = [];
  for (const answer of answers) {
    const applies = appliesAfter(situation, kept, answer);
    if (applies === null) break;
    if (applies) kept.push(answer);
  }
  return kept;
}

/** The same answers, each decision they need worked out in steps first (`decideInSteps`): no long task on a slow phone. */
export async function answersThatApplyInSteps(situation: Situation, answers: readonly Answer[], pause: () => Promise<void>): Promise<Answer[]> {
  const kept: Answer[] = [];
  for (const answer of answers) {
    await decideInSteps(situation, kept, pause);
    if (!answer.unknown) await decideInSteps(situation, [...kept, answer], pause);
    const applies = appliesAfter(situation, kept, answer);
    if (applies === null) break;
    if (applies) kept.push(answer);
  }
  await decideInSteps(situation, kept, pause);
  return kept;
}

/** Whether `answer` still applies after the answers `kept`; null once those decide. */
function appliesAfter(situation: Situation, kept: readonly Answer[], answer: Answer): boolean | null {
  const decision = decisionFor(situation, kept);
  if (decision.settled) return null;
  const asksTime = answer.key.endsWith('.time');
  const facts = factsOfKey(situation.policy, answer.key);
  const stillNeeded = facts.some((fact) => decision.needed.some((needed) => needed.fact === fact && (needed.precision === 'time') === asksTime));
  // An answer the policy module now rejects (a date that has become impossible) is asked again.
  const rejected = stillNeeded && !answer.unknown && decisionFor(situation, [...kept, answer]).problems.some((problem) => facts.includes(problem.fact));
  return stillNeeded && !rejected;
}
