/**
 * The conversation as a statechart: what happened → one question at a time, in a branch by what happened → the decision → follow-ups.
 *
 * Each question the store's policy could ask is a state of its branch. Which one
 * comes next is never written here: the router asks the policy module which unknown
 * facts could still change the decision and goes to the first; when none can, the
 * decision is known and the conversation stops asking.
 */
import { assertEvent, assign, createMachine, emit } from 'xstate';
import { kindOf, localDateAt, possibleQuestions, systemTimeZone } from '../policy/index.ts';
import type { Decision, Facts, FactProblem, Policy, Situation as ShopperSituation } from '../policy/index.ts';
import { SITUATIONS } from '../policy/index.ts';
import { answersThatApply, answersThatApplyInSteps, decisionFor, factsFrom, openingFor } from './answers.ts';
import type { Answer } from './answers.ts';
import { doubtAbout } from './doubts.ts';
import type { Doubt } from './doubts.ts';
import { formatDate, formatDateTime, messagesFor } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { parseAnswer } from './parse.ts';
import type { ReAskCode } from './parse.ts';
import { DONT_KNOW, factOf, keyOf, nextQuestionKey, questionFor, wordsFor } from './questions.ts';
import type { Question, QuestionKey } from './questions.ts';

export type NoticeCode = 'restored' | 'discarded' | 'memoryOnly' | 'hostFactProblem' | 'factsChanged';

export interface ConversationInput {
  policy: Policy;
  /** What the host page already knows: never asked. */
  hostFacts?: Facts;
  now: number;
  timeZone?: string;
  locale?: Locale;
  /** Answers restored from a saved conversation. */
  answers?: Answer[];
  notice?: NoticeCode | null;
}

export interface ConversationContext {
  policy: Policy;
  hostFacts: Facts;
  now: number;
  timeZone: string;
  locale: Locale;
  answers: Answer[];
  decision: Decision;
  /** Why the last answer was not taken, to ask again politely. */
  reAsk: { code: ReAskCode; params: Record<string, string> } | null;
  /** The earlier answer being changed, if any. */
  editing: QuestionKey | null;
  /** An answer that is probably a slip, held until the shopper confirms or changes it. */
  doubt: (Doubt & { decision: Decision }) | null;
  notice: NoticeCode | null;
}

export type ConversationEvent =
  | { type: 'answer.submit'; answer: string | number | boolean }
  | { type: 'answer.confirm' }
  | { type: 'answer.reconsider' }
  | { type: 'answer.undo' }
  | { type: 'answer.edit'; key: QuestionKey }
  | { type: 'answer.cancelEdit' }
  | { type: 'conversation.restart' }
  | { type: 'followup.explain' }
  | { type: 'followup.copy' }
  | { type: 'followup.calendar' }
  | { type: 'followup.another' }
  | { type: 'followup.checkFaulty' }
  | { type: 'notice.dismiss' }
  | { type: 'page.factsChanged' }
  | { type: 'storage.unavailable' };

type ConversationGuard =
  | {
      type: 'decisionIsKnown' | 'isEditing' | 'answerIsUnderstood' | 'answerIsDoubtful' | 'isDoubting' | 'hasAnswers' | 'answerCanBeChanged';
      params: undefined;
    }
  | { type: 'nextQuestionIs'; params: { key: QuestionKey } }
  | { type: 'situationIs'; params: { situation: ShopperSituation } };

type ConversationAction =
  | 'recordAnswer'
  | 'recordDoubtedAnswer'
  | 'askToConfirm'
  | 'dropDoubt'
  | 'askAgain'
  | 'undoLastAnswer'
  | 'startEditing'
  | 'stopEditing'
  | 'forgetAnswers'
  | 'keepOnlyWhatHappened'
  | 'sayItIsFaulty'
  | 'dismissNotice'
  | 'noteMemoryOnly'
  | 'noteFactsChanged'
  | 'emitCopySummary'
  | 'emitDownloadCalendar';

export type ConversationEmitted = { type: 'copy-summary' } | { type: 'download-calendar' };

/** The router's guards, the view and the transcript all ask for the current question of one context: worked out once. */
const asked = new WeakMap<ConversationContext, Question | null>();

/** The question being asked now, or null once the decision is known. */
export function currentQuestion(context: ConversationContext): Question | null {
  if (asked.has(context)) return asked.get(context)!;
  const known = factsFrom(context.policy, context.hostFacts, context.answers);
  const key = context.editing ?? (context.decision.settled ? null : nextQuestionKey(context.policy, context.decision.needed, known));
  const question = key ? questionFor(key, context.policy, known, context.locale) : null;
  asked.set(context, question);
  return question;
}

/** The answers were the item faulty: the situation answered "defective" first, the others after it; null if it cannot be. */
function faultyAnswers(context: ConversationContext): Answer[] | null {
  const known = factsFrom(context.policy, context.hostFacts, context.answers);
  const option = questionFor('situation', context.policy, known, context.locale).options.find((choice) => choice.value === 'defective');
  if (!option) return null;
  const answer: Answer = { key: 'situation', value: 'defective', display: option.label };
  return [answer, ...context.answers.filter((earlier) => earlier.key !== 'situation')];
}

/** Those of them that still apply (see `answersThatApply`), or null. */
function answersIfFaulty(context: ConversationContext): Answer[] | null {
  const answers = faultyAnswers(context);
  return answers && answersThatApply(context, answers);
}

/**
 * Works out, in steps, what `faultyCanChangeIt` needs, for it to find done: for the richest policies the decisions of a
 * fault with the other answers kept are a search of their own (Uniqlo's, a task of 167 ms at 4× CPU in one piece).
 */
export async function faultyAhead(context: ConversationContext, pause: () => Promise<void>): Promise<void> {
  const answers = context.decision.settled && context.decision.situation === 'changed-mind' ? faultyAnswers(context) : null;
  if (answers) await answersThatApplyInSteps(context, answers, pause);
}

/**
 * Whether checking a change of mind that was turned down again as a fault can end otherwise: false when the policy,
 * with every other answer kept, turns a fault down the same way (iMicro's defects follow its 30-day return), so the
 * panel offers no check that can only repeat the refusal. The policy module decides; its decision is kept for the check.
 */
export function faultyCanChangeIt(context: ConversationContext): boolean {
  const { decision } = context;
  if (!decision.settled || decision.situation !== 'changed-mind') return false;
  const answers = answersIfFaulty(context);
  if (!answers) return false;
  const faulty = decisionFor(context, answers);
  return !faulty.settled || faulty.verdict !== decision.verdict;
}

/** How each problem the policy module finds with a fact is asked again. */
const REASK_FOR_PROBLEM: Record<FactProblem['code'], ReAskCode> = {
  'future-date': 'future-date',
  'before-order': 'before-order',
  'too-old': 'too-old',
  'invalid-date': 'invalid-date',
  'not-an-amount': 'not-an-amount',
  'not-a-weight': 'not-a-weight',
  'not-a-number': 'not-a-number',
  'not-an-option': 'not-understood',
  'not-yes-no': 'not-understood',
  'unknown-fact': 'not-understood',
};

type Interpreted = { ok: true; answer: Answer; decision: Decision; doubt: Doubt | null } | { ok: false; code: ReAskCode; params: Record<string, string> };

/** The guard and the action of one submitted answer read the same context: interpret it once for both. */
const interpreted = new WeakMap<ConversationContext, { answer: unknown; result: Interpreted }>();

/** Reads the answer to the current question, and has the policy module check the fact it gives. */
export function interpretAnswer(context: ConversationContext, answer: unknown): Interpreted {
  const remembered = interpreted.get(context);
  if (remembered && Object.is(remembered.answer, answer)) return remembered.result;
  const result = interpretFresh(context, answer);
  interpreted.set(context, { answer, result });
  return result;
}

function interpretFresh(context: ConversationContext, answer: unknown): Interpreted {
  const question = currentQuestion(context);
  if (!question) return { ok: false, code: 'empty', params: {} };
  const today = localDateAt(context.now, context.timeZone);
  const parsed = parseAnswer(question, answer, {
    locale: context.locale,
    today,
    currency: context.policy.store.currency,
    words: wordsFor(context.policy, context.locale),
  });
  if (!parsed.ok) return { ok: false, code: parsed.reAsk, params: parsed.params };
  const others = context.answers.filter((earlier) => earlier.key !== question.key);
  if (parsed.value === DONT_KNOW && question.canSayDontKnow) {
    const candidate: Answer = { key: question.key, value: DONT_KNOW, display: messagesFor(context.locale).options.dontKnow, unknown: true };
    return { ok: true, answer: candidate, decision: decisionFor(context, [...others, candidate]), doubt: null };
  }
  const display = question.kind === 'date' ? formatDate(String(parsed.value), context.locale) : parsed.display;
  const candidate: Answer = { key: question.key, value: parsed.value, display };
  const decision = decisionFor(context, [...others, candidate]);
  const problem = decision.problems.find((p) => p.fact === question.fact);
  if (problem) {
    const code = question.kind === 'time' && problem.code === 'future-date' ? 'future-time' : REASK_FOR_PROBLEM[problem.code];
    const orderedAt = factsFrom(context.policy, context.hostFacts, others).orderedAt;
    return { ok: false, code, params: { orderDate: orderedAt ? formatDate(orderedAt.slice(0, 10), context.locale) : '' } };
  }
  if (question.kind === 'time') {
    candidate.display = formatDateTime(String(factsFrom(context.policy, context.hostFacts, [...others, candidate])[question.fact]), context.locale);
  }
  return { ok: true, answer: candidate, decision, doubt: doubtAbout(question, candidate, today, context.locale, answer) };
}

/** The context after an answer is taken: added, or replacing the earlier answer to the same question. */
function withAnswer(context: ConversationContext, answer: Answer, decision: Decision): Partial<ConversationContext> {
  const taken = { reAsk: null, editing: null, doubt: null };
  // The answer was checked against exactly these answers: its decision is the new one.
  if (!context.answers.some((earlier) => earlier.key === answer.key)) return { ...taken, answers: [...context.answers, answer], decision };
  const answers = answersThatApply(
    context,
    context.answers.map((earlier) => (earlier.key === answer.key ? answer : earlier)),
  );
  return { ...taken, answers, decision: decisionFor(context, answers) };
}

/** Each branch's question states: a question of the policy a shopper may be asked (its facts, a date's time, its groups). */
export type Branches = Record<string, QuestionKey[]>;

/**
 * Every question the policy could ask, in every branch: read from its declarations alone, so building the machine
 * costs next to nothing (the router still asks only what can change the decision; a state never entered costs nothing).
 */
function askableInEveryBranch(policy: Policy): Branches {
  const keys: QuestionKey[] = Object.keys(policy.groups);
  for (const [fact, spec] of Object.entries(policy.facts)) {
    if (fact === 'situation' || spec.from === 'store') continue;
    keys.push(fact);
    if (kindOf(policy, fact) === 'moment') keys.push(`${fact}.time`);
  }
  return Object.fromEntries(policy.situations.map((situation) => [situation, keys]));
}

/**
 * Only the questions the policy could ask in each situation (on a given day, with nothing else known), found by
 * walking the policy: the machine drawn for the diagrams in docs/, where a branch should show just its own questions.
 */
export function questionsBySituation(policy: Policy, now: number): Branches {
  const map: Branches = {};
  for (const situation of policy.situations) {
    const keys: QuestionKey[] = possibleQuestions(policy, { situation }, now, { timeZone: 'UTC' }).map(keyOf);
    const groups = Object.keys(policy.groups).filter((id) => policy.groups[id]!.facts.every((fact) => keys.includes(fact)));
    map[situation] = [...groups, ...keys];
  }
  return map;
}

/** `changed-mind` → `changedMind`, `deliveredAt.time` → `deliveredAtTime`: state names a reader can scan. */
export function stateName(id: string): string {
  return id.replace(/[-.]([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Builds the conversation machine for one store's policy (`branches`: which question states each situation's branch holds). */
export function createConversationMachine(policy: Policy, branches: Branches = askableInEveryBranch(policy)) {
  const submit = [
    { guard: 'answerIsDoubtful' as const, actions: 'askToConfirm' as const },
    { guard: 'answerIsUnderstood' as const, actions: 'recordAnswer' as const, target: '#conversation.routing' },
    { actions: 'askAgain' as const },
  ];

  const branchStates = Object.fromEntries(
    Object.entries(branches).map(([situation, keys]) => [
      stateName(situation),
      {
        initial: 'next',
        states: {
          next: {
            always: [
              ...keys.map((key) => ({ guard: { type: 'nextQuestionIs' as const, params: { key } }, target: stateName(key) })),
              { target: '#conversation.unmappedQuestion' },
            ],
          },
          ...Object.fromEntries(keys.map((key) => [stateName(key), { tags: ['question'], on: { 'answer.submit': submit } }])),
        },
      },
    ]),
  );

  // createMachine with named implementations rather than setup(): setup() also bundles action creators this
  // machine never uses (sendTo, log, spawnChild…), which every shopper would download.
  return createMachine(
    {
      types: {
        context: {} as ConversationContext,
        events: {} as ConversationEvent,
        input: {} as ConversationInput,
        emitted: {} as ConversationEmitted,
        guards: {} as ConversationGuard,
        actions: {} as { type: ConversationAction; params: undefined },
      },
      id: 'conversation',
      context: ({ input }) => {
        const situation = {
          policy: input.policy,
          hostFacts: input.hostFacts ?? {},
          now: input.now,
          timeZone: input.timeZone ?? systemTimeZone(),
        };
        const answers = answersThatApply(situation, input.answers ?? []);
        // With no answers, the opening decision may be all there is yet: it says what to ask first, and nothing else.
        const decision = answers.length === 0 ? openingFor(situation) : decisionFor(situation, answers);
        const hostProblem = decision.problems.some((problem) => !answers.some((answer) => factOf(input.policy, answer.key) === problem.fact));
        return {
          ...situation,
          locale: input.locale ?? 'en',
          answers,
          decision,
          reAsk: null,
          editing: null,
          doubt: null,
          notice: input.notice ?? (hostProblem ? 'hostFactProblem' : null),
        };
      },
      // Opened, it asks at once: the greeting is a line above the first question, not a screen of its own.
      initial: 'routing',
      on: {
        'answer.undo': { guard: 'hasAnswers', actions: 'undoLastAnswer', target: '.routing' },
        'answer.edit': { guard: 'answerCanBeChanged', actions: 'startEditing', target: '.routing' },
        'conversation.restart': { actions: 'forgetAnswers', target: '.routing' },
        'answer.confirm': { guard: 'isDoubting', actions: 'recordDoubtedAnswer', target: '.routing' },
        'answer.reconsider': { actions: 'dropDoubt' },
        'notice.dismiss': { actions: 'dismissNotice' },
        'storage.unavailable': { actions: 'noteMemoryOnly' },
        // The page changed a fact it gives (another variant, another price) and with it the result: said, not silently swapped.
        'page.factsChanged': { actions: 'noteFactsChanged' },
      },
      states: {
        routing: {
          always: [
            { guard: 'isEditing', target: 'changingAnAnswer' },
            { guard: 'decisionIsKnown', target: 'decided' },
            { guard: { type: 'nextQuestionIs', params: { key: 'situation' } }, target: 'whatHappened' },
            ...SITUATIONS.filter((situation) => situation in branches).map((situation) => ({
              guard: { type: 'situationIs' as const, params: { situation } },
              target: stateName(situation),
            })),
            { target: 'unmappedQuestion' },
          ],
        },
        whatHappened: { tags: ['question'], on: { 'answer.submit': submit } },
        ...branchStates,
        changingAnAnswer: {
          tags: ['question'],
          on: { 'answer.submit': submit, 'answer.cancelEdit': { actions: 'stopEditing', target: 'routing' } },
        },
        /** A question the map did not foresee (host facts can open unusual paths): still asked, never stuck. */
        unmappedQuestion: { tags: ['question'], on: { 'answer.submit': submit } },
        decided: {
          initial: 'result',
          states: {
            result: { on: { 'followup.explain': 'explained' } },
            explained: { on: { 'followup.explain': 'result' } },
          },
          on: {
            'followup.copy': { actions: 'emitCopySummary' },
            'followup.calendar': { actions: 'emitDownloadCalendar' },
            'followup.another': { actions: 'keepOnlyWhatHappened', target: 'routing' },
            // Turned down for a change of mind, a shopper whose item is faulty checks again as a defect: the other answers are kept.
            'followup.checkFaulty': { actions: 'sayItIsFaulty', target: 'routing' },
          },
        },
      },
    },
    {
      guards: {
        decisionIsKnown: ({ context }) => context.decision.settled,
        isEditing: ({ context }) => context.editing !== null,
        nextQuestionIs: ({ context }, params: { key: QuestionKey }) => currentQuestion(context)?.key === params.key,
        situationIs: ({ context }, params: { situation: ShopperSituation }) =>
          factsFrom(context.policy, context.hostFacts, context.answers).situation === params.situation,
        answerIsUnderstood: ({ context, event }) => {
          assertEvent(event, 'answer.submit');
          return interpretAnswer(context, event.answer).ok;
        },
        answerIsDoubtful: ({ context, event }) => {
          assertEvent(event, 'answer.submit');
          const result = interpretAnswer(context, event.answer);
          return result.ok && result.doubt !== null;
        },
        isDoubting: ({ context }) => context.doubt !== null,
        hasAnswers: ({ context }) => context.answers.length > 0,
        answerCanBeChanged: ({ context, event }) => {
          assertEvent(event, 'answer.edit');
          return context.answers.some((answer) => answer.key === event.key);
        },
      },
      actions: {
        recordAnswer: assign(({ context, event }) => {
          assertEvent(event, 'answer.submit');
          const result = interpretAnswer(context, event.answer);
          return result.ok ? withAnswer(context, result.answer, result.decision) : {};
        }),
        recordDoubtedAnswer: assign(({ context }) => (context.doubt ? withAnswer(context, context.doubt.answer, context.doubt.decision) : {})),
        askToConfirm: assign(({ context, event }) => {
          assertEvent(event, 'answer.submit');
          const result = interpretAnswer(context, event.answer);
          return result.ok && result.doubt ? { doubt: { ...result.doubt, decision: result.decision }, reAsk: null } : {};
        }),
        dropDoubt: assign({ doubt: null }),
        askAgain: assign(({ context, event }) => {
          assertEvent(event, 'answer.submit');
          const result = interpretAnswer(context, event.answer);
          return { reAsk: result.ok ? null : { code: result.code, params: result.params }, doubt: null };
        }),
        undoLastAnswer: assign(({ context }) => {
          const answers = context.answers.slice(0, -1);
          return { answers, decision: decisionFor(context, answers), reAsk: null, editing: null, doubt: null };
        }),
        startEditing: assign(({ event }) => {
          assertEvent(event, 'answer.edit');
          return { editing: event.key, reAsk: null, doubt: null };
        }),
        stopEditing: assign({ editing: null, reAsk: null, doubt: null }),
        forgetAnswers: assign(({ context }) => ({ answers: [], decision: decisionFor(context, []), reAsk: null, editing: null, doubt: null, notice: null })),
        keepOnlyWhatHappened: assign(({ context }) => {
          const answers = context.answers.filter((answer) => answer.key === 'situation');
          return { answers, decision: decisionFor(context, answers), reAsk: null, editing: null, doubt: null };
        }),
        sayItIsFaulty: assign(({ context }) => {
          const answers = answersIfFaulty(context);
          return answers ? { answers, decision: decisionFor(context, answers), reAsk: null, editing: null, doubt: null } : {};
        }),
        dismissNotice: assign({ notice: null }),
        noteMemoryOnly: assign({ notice: 'memoryOnly' as const }),
        noteFactsChanged: assign({ notice: 'factsChanged' as const }),
        emitCopySummary: emit({ type: 'copy-summary' as const }),
        emitDownloadCalendar: emit({ type: 'download-calendar' as const }),
      },
    },
  );
}

export type ConversationMachine = ReturnType<typeof createConversationMachine>;
