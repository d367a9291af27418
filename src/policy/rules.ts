/**
 * The rule walk: reads a policy's rules in order with the facts, and returns the
 * outcome of the first rule that applies. Nothing here names a store: every
 * figure, window and clause comes from the policy data.
 */
import { holds, lastDayOf, spanMinutes, spanMs } from './conditions.ts';
import { addDays, daysBetween, instantAt, laterDate, localDateTimeAt } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { Deadline, Outcome, Reason, RefundLine, Verdict } from './decision.ts';
import type { FactReader } from './reader.ts';
import { refundFor } from './refund.ts';
import type { Extension, Policy, Rule, Terms, Window } from './schema.ts';
import type { Situation } from './facts.ts';

type Params = Reason['params'];
type Clause = { id: string; quote: string };

function reason(rule: Clause, code: string, params: Params = {}, text?: Reason['text']): Reason {
  return { ruleId: rule.id, quote: rule.quote, code, params, ...(text === undefined ? {} : { text }) };
}

function contactOf(policy: Policy): string {
  return typeof policy.store.contact === 'string' ? policy.store.contact : policy.store.contact.en;
}

function outcome(policy: Policy, situation: Situation, verdict: Verdict, ruleId: string, read: FactReader, parts: Partial<Outcome>): Outcome {
  return {
    situation,
    verdict,
    ruleId,
    reasons: [],
    deadline: null,
    refund: null,
    outcome: null,
    handledBy: null,
    title: null,
    nextSteps: [],
    requirements: [],
    timeline: [],
    ...parts,
    notes: [...(parts.notes ?? []), ...policy.notes.filter((note) => noteApplies(note, read))],
    placeholders: {
      store: policy.store.name,
      contact: contactOf(policy),
      ...(policy.store.email ? { email: policy.store.email } : {}),
      ...(policy.store.website ? { website: policy.store.website } : {}),
      ...(policy.store.phone ? { phone: policy.store.phone } : {}),
      ...parts.placeholders,
    },
  };
}

function applies(entry: { when?: Rule['when'] }, read: FactReader): boolean {
  return entry.when === undefined || holds(entry.when, read);
}

/** A note is shown when its condition holds, or cannot be known without asking: a note alone never makes the conversation ask. */
function noteApplies(entry: { when?: Rule['when'] }, read: FactReader): boolean {
  return entry.when === undefined || assumedMet(entry.when, read);
}

const gatheredTerms = new WeakMap<Rule, Required<Terms>>();

/** A rule's terms: those of the shared terms it uses, then its own (gathered once per rule). */
function termsOf(policy: Policy, rule: Rule): Required<Terms> {
  let terms = gatheredTerms.get(rule);
  if (!terms) {
    terms = gatherTerms(policy, rule);
    gatheredTerms.set(rule, terms);
  }
  return terms;
}

function gatherTerms(policy: Policy, rule: Rule): Required<Terms> {
  const all = [...(rule.uses ?? []).map((name) => policy.terms[name]!), rule];
  const list = <K extends keyof Terms>(key: K) => all.flatMap((terms) => (terms[key] ?? []) as unknown[]) as Required<Terms>[K];
  return {
    outcome: list('outcome'),
    requirements: list('requirements'),
    fees: list('fees'),
    originalShipping: list('originalShipping'),
    returnShipping: list('returnShipping'),
    steps: list('steps'),
    timeline: list('timeline'),
    notes: list('notes'),
  };
}

/** The decision for one purchase under one policy. */
export function decide(policy: Policy, read: FactReader): Outcome {
  const situation = read.value('situation') as Situation;
  if (!policy.situations.includes(situation)) return notCovered(policy, situation, read, []);
  const lead: Reason[] = [];
  let lastClosed: string | null = null;
  for (const rule of policy.rules) {
    if (!applies(rule, read)) continue;
    const window = rule.window ? windowOf(rule, rule.window, read) : null;
    if (window && !window.open) {
      // The clauses that say the same deadline are quoted too: "claims must be reported within 48 hours".
      const closed = [reason(window.rule, 'window-closed', window.params), ...(rule.also ?? []).map((clause) => reason(clause, 'also'))];
      if (rule.ifClosed === 'next') {
        lead.push(...closed);
        lastClosed = rule.id;
        continue;
      }
      return outcome(policy, situation, 'not-eligible', rule.id, read, { reasons: [...lead, ...closed], placeholders: window.placeholders });
    }
    return ruleOutcome(policy, situation, rule, window, lead, read);
  }
  // Every rule that could have applied has a window that has closed: too late, not "the policy doesn't say".
  if (lastClosed !== null) return outcome(policy, situation, 'not-eligible', lastClosed, read, { reasons: lead });
  return notCovered(policy, situation, read, lead);
}

function notCovered(policy: Policy, situation: Situation, read: FactReader, lead: Reason[]): Outcome {
  return outcome(policy, situation, 'needs-review', 'not-covered', read, {
    reasons: [...lead, { ruleId: 'not-covered', quote: null, code: 'not-covered', params: { situation } }],
    nextSteps: [
      {
        id: 'not-covered.contact',
        quote: '',
        text: {
          en: 'Contact {contact}: the policy doesn’t say how this case is handled, so ask the store before you act.',
          es: 'Contacte con {contact}: la política no dice cómo se trata este caso, así que pregunte a la tienda antes de actuar.',
        },
      },
    ],
  });
}

interface WindowState {
  open: boolean;
  deadline: Deadline;
  rule: Clause;
  params: Params;
  placeholders: Record<string, string>;
}

/** Where a rule's window stands today: open or closed, and its deadline. */
function windowOf(rule: Rule, window: Window, read: FactReader): WindowState {
  if (window.until !== undefined) {
    const open = read.value(window.until) !== true;
    return { open, deadline: { kind: 'event', ruleId: rule.id, until: window.until }, rule, params: { until: window.until }, placeholders: {} };
  }
  const sources = typeof window.from === 'string' ? [window.from] : window.from!;
  // "Whichever is later": the latest of the dates counts.
  const from = read.beforeBuying() ? sources[0]! : sources.reduce((latest, fact) => (read.date(fact) > read.date(latest) ? fact : latest));
  const minutes = spanMinutes(window);
  if (minutes !== null) {
    const open = read.beforeBuying() || read.within(from, window);
    const deadline = elapsedDeadline(rule.id, window, from, read);
    const params = { minutes, from, ...(deadline.local ? { at: deadline.local } : { lastDay: deadline.lastDay }) };
    return {
      open,
      deadline,
      rule,
      params,
      // At a time not known, a text's day is the one to act by to be surely in time: the last possible day could be late.
      placeholders: deadline.local ? { deadlineAt: deadline.local, lastDay: deadline.lastDay } : { lastDay: deadline.actBy },
    };
  }
  const anchor = read.beforeBuying() ? read.today : read.date(from);
  let lastDay = lastDayOf(window, anchor);
  let deadlineRule: Clause = rule;
  for (const extension of window.extensions) {
    const returnBy = extensionReturnBy(extension, read.beforeBuying() ? read.today : read.date(extension.purchasedOn));
    if (returnBy !== null && returnBy > lastDay) {
      lastDay = returnBy;
      deadlineRule = extension;
    }
  }
  const daysLeft = daysBetween(read.today, lastDay);
  const windowDays = window.days ?? window.businessDays ?? 0;
  const deadline: Deadline = {
    kind: 'day',
    ruleId: deadlineRule.id,
    lastDay,
    daysLeft,
    countedFrom: from,
    windowDays,
    businessDays: window.businessDays !== undefined,
    earliest: read.beforeBuying() && from !== 'orderedAt',
    from: read.beforeBuying() ? null : anchor,
  };
  const params = { days: windowDays, business: window.businessDays !== undefined, from, fromDay: anchor, lastDay, daysLeft, extended: deadlineRule !== rule };
  return { open: daysLeft >= 0, deadline, rule: deadlineRule, params, placeholders: { lastDay } };
}

function elapsedDeadline(ruleId: string, window: Window, fact: string, read: FactReader): Extract<Deadline, { kind: 'hours' }> {
  const minutes = spanMinutes(window)!;
  const given = read.beforeBuying() ? undefined : read.peek(fact);
  const at = typeof given === 'string' && given.length > 10 ? instantAt(given, read.timeZone) + spanMs(window) : null;
  const fromDay = read.beforeBuying() ? read.today : read.date(fact);
  return {
    kind: 'hours',
    ruleId,
    minutes,
    countedFrom: fact,
    at: at === null ? null : new Date(at).toISOString(),
    local: at === null ? null : localDateTimeAt(at, read.timeZone),
    lastDay: at === null ? addDays(fromDay, Math.ceil(minutes / 1440)) : localDateTimeAt(at, read.timeZone).slice(0, 10),
    // At a time not known, the deadline falls at the earliest at the start of the event's day plus the window.
    actBy: at === null ? laterDate(read.today, addDays(fromDay, Math.floor(minutes / 1440) - 1)) : localDateTimeAt(at, read.timeZone).slice(0, 10),
    minutesLeft: at === null ? null : Math.floor((at - read.now) / 60_000),
  };
}

/** The last day an extension allows for a purchase on `purchaseDate`, or null when the purchase is outside it. */
export function extensionReturnBy(extension: Extension, purchaseDate: CalendarDate): CalendarDate | null {
  if (!extension.purchasedFrom.startsWith('--')) {
    const inside = purchaseDate >= extension.purchasedFrom && purchaseDate <= extension.purchasedThrough;
    return inside ? extension.returnBy : null;
  }
  // Yearly (--MM-DD): the range may run over New Year (--12-15 to --01-05); returnBy is the first such day after the range starts.
  const monthDay = purchaseDate.slice(4);
  const from = extension.purchasedFrom.slice(1);
  const through = extension.purchasedThrough.slice(1);
  const wraps = from > through;
  const inside = wraps ? monthDay >= from || monthDay <= through : monthDay >= from && monthDay <= through;
  if (!inside) return null;
  const startYear = Number(purchaseDate.slice(0, 4)) - (wraps && monthDay <= through ? 1 : 0);
  const returnBy = extension.returnBy.slice(1);
  const returnYear = returnBy >= from ? startYear : startYear + 1;
  return `${String(returnYear).padStart(4, '0')}${returnBy}`;
}

function ruleOutcome(policy: Policy, situation: Situation, rule: Rule, window: WindowState | null, lead: Reason[], read: FactReader): Outcome {
  const terms = termsOf(policy, rule);
  const reasons = [...lead];
  if (window && window.deadline.kind !== 'event') {
    reasons.push(reason(window.rule, window.rule === rule ? 'window-open' : 'extension-applies', window.params, rule.reason));
  } else {
    reasons.push(reason(rule, 'rule', {}, rule.reason));
  }
  for (const clause of rule.also ?? []) reasons.push(reason(clause, 'also'));
  const placeholders = window?.placeholders ?? {};
  const handledBy = rule.handledBy ?? null;
  const title = rule.title ?? null;
  // Steps and notes are read last: what can still refuse the return is asked before what only words the steps.
  const stepsAndNotes = () => ({ nextSteps: terms.steps.filter((step) => applies(step, read)), notes: terms.notes.filter((note) => noteApplies(note, read)) });

  if (rule.verdict !== 'eligible') {
    return outcome(policy, situation, rule.verdict, rule.id, read, { reasons, ...stepsAndNotes(), handledBy, title, placeholders });
  }

  const requirements: Outcome['requirements'] = [];
  const charges: RefundLine[] = [];
  for (const requirement of terms.requirements) {
    // A requirement that is never asked never makes the conversation ask whether it applies either.
    if (!(requirement.ask ? applies(requirement, read) : noteApplies(requirement, read))) continue;
    // Before buying there is nothing to check yet: every requirement is one for later.
    const met = read.beforeBuying() || (requirement.ask ? holds(requirement.require, read) : assumedMet(requirement.require, read));
    if (met) {
      requirements.push({ ruleId: requirement.id, quote: requirement.quote, text: requirement.text });
      continue;
    }
    reasons.push(reason(requirement, requirement.otherwise === 'may-charge' ? 'may-charge' : 'requirement-not-met', {}, requirement.text));
    if (requirement.otherwise === 'may-charge') {
      charges.push({ code: 'fee', ruleId: requirement.id, effect: 'deduction', amountCents: null, name: requirement.text });
    } else {
      return outcome(policy, situation, requirement.otherwise, rule.id, read, {
        reasons,
        notes: terms.notes.filter((note) => noteApplies(note, read)),
        placeholders,
      });
    }
  }

  const chosen = terms.outcome.find((entry) => applies(entry, read));
  const given = chosen ? { kind: chosen.outcome, ruleId: chosen.id, quote: chosen.quote, ...(chosen.choices ? { choices: chosen.choices } : {}) } : null;
  const paysMoney = !given || given.kind === 'refund' || given.kind === 'store-credit' || given.kind === 'choice';
  // A cancelled order, or one that never arrived, sends nothing back: there is no return shipping to state.
  const refund = paysMoney ? refundFor(policy, rule.id, terms, charges, read, situation !== 'cancel-order' && situation !== 'not-arrived') : null;
  if (refund?.returnShipping === 'not-stated') {
    reasons.push({ ruleId: 'not-stated.return-shipping', quote: null, code: 'not-stated', params: { what: 'return-shipping' } });
  }

  return outcome(policy, situation, 'eligible', rule.id, read, {
    reasons,
    deadline: window?.deadline ?? null,
    refund,
    outcome: given,
    title,
    requirements,
    timeline: terms.timeline.filter((entry) => applies(entry, read)),
    ...stepsAndNotes(),
    placeholders,
  });
}

/** A requirement that is not asked holds unless the facts given say otherwise. */
function assumedMet(condition: Rule['when'] & object, read: FactReader): boolean {
  try {
    // Written out rather than spread from `read`: this runs for every requirement of every run of a search.
    return holds(condition, {
      today: read.today,
      now: read.now,
      timeZone: read.timeZone,
      beforeBuying: read.beforeBuying,
      value: (fact) => {
        const given = read.peek(fact);
        if (given === undefined) throw ASSUME;
        return given;
      },
      date: read.date,
      within: read.within,
      peek: read.peek,
      valueOrUnknown: read.valueOrUnknown,
    });
  } catch (error) {
    if (error === ASSUME) return true;
    throw error;
  }
}
const ASSUME = Symbol('assume met');
