/** Words for a decision: what the result card, the copied summary and the calendar event say. */
import type { Outcome, Policy, RefundLine, SettledDecision, TimelineEntry } from '../policy/index.ts';
import { fill, formatDate, formatDateTime, formatMoney, formatOptions, formatRate, languageOf, messagesFor, plural, textIn } from './i18n.ts';
import type { Locale } from './i18n.ts';
import type { Messages } from './messages/en.ts';
import { valueLabel, wordsFor } from './questions.ts';

export interface RefundRow {
  label: string;
  /** "+$129.99", "−$4.94", "amount not known yet", "not refunded". */
  amount: string;
  effect: RefundLine['effect'];
}

export interface ResultView {
  verdict: SettledDecision['verdict'];
  title: string;
  /** What comes back, when the policy says: "Refund to your original payment method", "Exchange only". */
  outcome: string | null;
  deadline: { label: string; detail: string | null } | null;
  /** The amount that matters, read at a glance ("You get back at most: $125.45"); null when it is not known. */
  amount: string | null;
  /** For what cannot be done, the first reason, said up front ("The 30-day window … ended on Oct 31"); its quote stays with the reasons. */
  because: string | null;
  refund: { rows: RefundRow[]; totalLabel: string; total: string } | null;
  reasons: { text: string; quote: string | null }[];
  steps: string[];
  requirements: string[];
  /** For what cannot be done as asked: the situation the policy treats differently that the shopper may be in ("defective"), and whom to ask. */
  stillPossible: { situation: 'defective' | null; contact: string } | null;
  /** One entry a stage: when the policy gives a stage two durations, both are said, with the longer to plan for. */
  timeline: { text: string; quotes: string[] }[];
  notes: { text: string; quote: string }[];
  /** The language the quotes are in: the merchant's published words. */
  quoteLang: string;
  /** The policy's translations of quotes into the shopper's language, by the quote's exact text: shown in their place, the original at hand. */
  translations: Record<string, string>;
  /** Every way the decision can still go (the store's inspection, or a shopper's "I don't know"): least favourable first. */
  alternatives: { condition: string; title: string; deadline: string | null; total: string | null }[];
}

function verdictTitle(decision: Outcome, locale: Locale, words: Record<string, string>): string {
  const messages = messagesFor(locale);
  if (decision.title) return fill(textIn(decision.title, locale), words);
  const handledBy = decision.handledBy ? textIn(decision.handledBy, locale) : fill(messages.handledByDefault, words);
  const variant =
    decision.situation === 'cancel-order' ? '-cancel' : decision.situation === 'before-buying' && decision.verdict === 'eligible' ? '-before-buying' : '';
  const key = `${decision.verdict}${variant}` as keyof typeof messages.verdicts;
  return fill(messages.verdicts[key] ?? messages.verdicts[decision.verdict], { ...words, handledBy });
}

/** Reasons that say something can still be done: never the one line that says why a refusal refuses. */
const OPEN_REASONS = new Set(['window-open', 'extension-applies']);

function anchorWord(fact: string, locale: Locale): string {
  const { anchors } = messagesFor(locale);
  return anchors[fact] ?? anchors.other ?? fact;
}

function deadlineView(decision: Outcome, locale: Locale): ResultView['deadline'] {
  const { result } = messagesFor(locale);
  const deadline = decision.deadline;
  // The policy module gives a deadline only to what can still be done; a refusal's reasons say when a window ended.
  if (!deadline) return null;
  const cancelling = decision.situation === 'cancel-order';
  switch (deadline.kind) {
    case 'day': {
      const date = formatDate(deadline.lastDay, locale);
      if (deadline.earliest) {
        // Counted from what the policy counts from: iMicro's window runs from the invoice date, not the delivery.
        return { label: plural(result.earliest, deadline.windowDays, locale, { date, from: anchorWord(deadline.countedFrom, locale) }), detail: null };
      }
      const counted = deadline.from
        ? fill(result.countedFrom, { from: anchorWord(deadline.countedFrom, locale), date: formatDate(deadline.from, locale) })
        : null;
      return {
        label: fill(cancelling ? result.lastDayCancel : result.lastDay, { date }),
        detail: [deadline.daysLeft ? plural(result.daysLeft, deadline.daysLeft, locale) : result.lastDayToday, counted].filter(Boolean).join(' · '),
      };
    }
    case 'hours': {
      const hours = Math.round(deadline.minutes / 60);
      const reporting = !cancelling && deadline.countedFrom === 'deliveredAt' && decision.situation !== 'changed-mind';
      const [exact, byDay] = cancelling
        ? [result.cancelBy, result.cancelByDay]
        : reporting
          ? [result.reportBy, result.reportByDay]
          : [result.actBy, result.actByDay];
      return deadline.local
        ? { label: fill(exact, { dateTime: formatDateTime(deadline.local, locale) }), detail: null }
        : // At a time not known, the day to act by to be sure: the deadline may fall early on its last possible day.
          { label: fill(byDay, { hours, date: formatDate(deadline.actBy, locale) }), detail: null };
    }
    case 'event':
      return { label: result.until[deadline.until] ?? result.until.other!, detail: null };
  }
}

function refundRow(line: RefundLine, currency: string, locale: Locale, words: Record<string, string>): RefundRow {
  const { result } = messagesFor(locale);
  const money = (cents: number | null) => (cents === null ? result.unknown : formatMoney(cents, currency, locale));
  const name = line.name ? textIn(line.name, locale) : '';
  switch (line.code) {
    case 'price-paid':
      return {
        label: line.amountCents === null ? result.pricePaidUnknown : result.pricePaid,
        amount: line.amountCents === null ? '' : money(line.amountCents),
        effect: line.effect,
      };
    case 'original-shipping':
      return line.effect === 'credit'
        ? { label: result.originalShippingRefunded, amount: `+${money(line.amountCents)}`, effect: line.effect }
        : { label: result.originalShippingKept, amount: line.amountCents === null ? result.notRefunded : money(line.amountCents), effect: line.effect };
    case 'return-shipping':
      if (line.effect === 'not-stated') return { label: fill(result.returnShippingNotStated, words), amount: '', effect: line.effect };
      if (line.effect === 'paid-by-store') return { label: result.returnShippingFree, amount: money(0), effect: line.effect };
      if (line.effect === 'deduction') return { label: result.returnShippingDeducted, amount: `−${money(line.amountCents)}`, effect: line.effect };
      return { label: result.returnShippingYours, amount: money(line.amountCents), effect: line.effect };
    case 'fee':
      return {
        label: line.basisPoints !== undefined ? fill(result.feeRate, { name, rate: formatRate(line.basisPoints, locale) }) : fill(result.feeFlat, { name }),
        amount: `−${money(line.amountCents)}`,
        effect: line.effect,
      };
  }
}

function rangeText(entry: TimelineEntry, locale: Locale): string {
  const { result } = messagesFor(locale);
  return entry.minDays !== undefined && entry.maxDays !== undefined
    ? fill(result.between, { min: entry.minDays, max: entry.maxDays })
    : entry.maxDays !== undefined
      ? fill(result.within, { max: entry.maxDays })
      : fill(result.atLeast, { min: entry.minDays ?? 0 });
}

/** The timeline a stage at a time: a policy that states two durations for one stage (iGarden's refund) gets both said, and the longest to plan for. */
function timelineView(entries: readonly TimelineEntry[], locale: Locale): ResultView['timeline'] {
  const { result } = messagesFor(locale);
  const stages = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const key = `${entry.stage}:${entry.after}:${entry.businessDays === true}`;
    stages.set(key, [...(stages.get(key) ?? []), entry]);
  }
  return [...stages.values()].map((same) => {
    const [first] = same as [TimelineEntry];
    // The unit agrees with the number said last: "within 1 business day", "3–5 days".
    const unit = plural(first.businessDays ? result.businessDays : result.days, first.maxDays ?? first.minDays ?? 0, locale);
    const words = { stage: result.stages[first.stage], unit, after: result.after[first.after] };
    const ranges = [...new Set(same.map((entry) => rangeText(entry, locale)))];
    const longest = same.every((entry) => entry.maxDays !== undefined) ? Math.max(...same.map((entry) => entry.maxDays!)) : null;
    const text =
      ranges.length === 1
        ? fill(result.timeline, { ...words, range: ranges[0]! })
        : fill(longest === null ? result.timelineTwo : result.timelineTwoPlan, {
            ...words,
            ranges: new Intl.ListFormat(locale, { type: 'conjunction' }).format(ranges),
            max: longest ?? '',
          });
    return { text, quotes: [...new Set(same.map((entry) => entry.quote))] };
  });
}

function outcomeText(decision: Outcome, locale: Locale): string | null {
  const { result } = messagesFor(locale);
  const given = decision.outcome;
  if (!given || decision.verdict !== 'eligible') return null;
  const choices = formatOptions(
    (given.choices ?? []).map((choice) => result.outcomeWords[choice]),
    locale,
  );
  return fill(result.outcomes[given.kind], { choices });
}

function totalText(decision: Outcome, locale: Locale): { label: string; total: string } | null {
  const messages = messagesFor(locale);
  const refund = decision.refund;
  if (!refund) return null;
  if (refund.totalCents === null) {
    // The price is not known: the total is said in words, as the lines above change it (none may: a fee the shopper pays the carrier).
    const less = refund.lines.some((line) => line.effect === 'deduction');
    const plus = refund.lines.some((line) => line.effect === 'credit' && line.code !== 'price-paid');
    const { totalPrice, totalPricePlus, totalPriceBoth, totalPriceOnly } = messages.result;
    return { label: less ? (plus ? totalPriceBoth : totalPrice) : plus ? totalPricePlus : totalPriceOnly, total: '' };
  }
  const label = refund.atMost ? messages.result.totalAtMost : messages.result.total;
  const amount = formatMoney(refund.totalCents, refund.currency, locale);
  return { label, total: refund.plusUnknownCredit ? fill(messages.result.totalPlus, { amount }) : amount };
}

/**
 * Each decision's card, by policy, locale and catalogue: worked out once (the widget does it in a task of its own, then
 * draws it).
 */
const described = new WeakMap<SettledDecision, { policy: Policy; locale: Locale; messages: Messages; view: ResultView }>();

/** Everything the result card shows, worded in the locale. */
export function describeDecision(decision: SettledDecision, policy: Policy, locale: Locale): ResultView {
  const kept = described.get(decision);
  const messages = messagesFor(locale);
  if (kept?.policy === policy && kept.locale === locale && kept.messages === messages) return kept.view;
  const view = describeFresh(decision, policy, locale);
  described.set(decision, { policy, locale, messages, view });
  return view;
}

function describeFresh(decision: SettledDecision, policy: Policy, locale: Locale): ResultView {
  const messages = messagesFor(locale);
  const words = wordsFor(policy, locale);
  const placeholders: Record<string, string> = { ...words, ...decision.placeholders };
  if (placeholders.lastDay) placeholders.lastDay = formatDate(placeholders.lastDay, locale);
  placeholders.deadline = decision.placeholders.deadlineAt ? formatDateTime(decision.placeholders.deadlineAt, locale) : (placeholders.lastDay ?? '');

  const refund = decision.refund;
  const total = totalText(decision, locale);
  const reasonParams = (params: Record<string, string | number | boolean>) => {
    const filled: Record<string, string | number> = { ...words };
    for (const [name, value] of Object.entries(params)) filled[name] = String(value);
    for (const day of ['lastDay', 'fromDay'] as const) if (typeof params[day] === 'string') filled[day] = formatDate(params[day], locale);
    if (typeof params.from === 'string') filled.from = anchorWord(params.from, locale);
    if (typeof params.until === 'string') filled.until = messages.result.until[params.until] ?? messages.result.until.other!;
    return filled;
  };
  const reasonTemplate = (code: string, params: Record<string, string | number | boolean>): string => {
    const reasons = messages.reasons as Record<string, string>;
    if (code === 'window-open' || code === 'window-closed') {
      const variant =
        params.until !== undefined
          ? code === 'window-closed'
            ? '-event'
            : ''
          : params.minutes !== undefined
            ? '-elapsed'
            : params.business === true
              ? '-business'
              : '';
      return reasons[`${code}${variant}`] ?? reasons[code]!;
    }
    return reasons[code] ?? reasons.rule!;
  };
  const reasons = decision.reasons.map((reason) => ({
    // The merchant's own words for what the clause means, when the rule has them; the deadline reasons are worded here.
    text:
      reason.text && reason.code !== 'window-closed'
        ? fill(textIn(reason.text, locale), placeholders)
        : fill(reasonTemplate(reason.code, reason.params), reasonParams(reason.params)),
    quote: reason.quote,
  }));
  const refused = decision.verdict === 'not-eligible';
  // A refusal's one line says what refused it: a window still open (iMicro's 30 days, with labels that are not intact)
  // is a reason too, but not the one that says no.
  const refusing = [(code: string) => code === 'window-closed' || code === 'requirement-not-met', (code: string) => !OPEN_REASONS.has(code)]
    .map((says) => decision.reasons.findIndex((reason) => says(reason.code)))
    .find((index) => index >= 0);
  return {
    verdict: decision.verdict,
    title: verdictTitle(decision, locale, words),
    outcome: outcomeText(decision, locale),
    deadline: deadlineView(decision, locale),
    amount: total?.total ? `${total.label}: ${total.total}` : null,
    because: refused ? (reasons[refusing ?? 0]?.text ?? null) : null,
    refund:
      refund && total
        ? { rows: refund.lines.map((line) => refundRow(line, refund.currency, locale, words)), totalLabel: total.label, total: total.total }
        : null,
    reasons,
    steps: decision.nextSteps.map((step) => fill(textIn(step.text, locale), placeholders)),
    requirements: decision.requirements.map((requirement) => fill(textIn(requirement.text, locale), placeholders)),
    // Turned down, the shopper still learns what they can do: a fault is treated differently from a change of mind, and someone can be asked.
    stillPossible: refused
      ? {
          situation: decision.situation === 'changed-mind' && policy.situations.includes('defective') ? 'defective' : null,
          contact: fill(messages.result.contact, words),
        }
      : null,
    timeline: timelineView(decision.timeline, locale),
    notes: decision.notes.map((note) => ({ text: fill(textIn(note.text, locale), placeholders), quote: note.quote })),
    quoteLang: policy.quoteLanguage ?? 'en',
    translations: Object.fromEntries(
      Object.entries(policy.quoteTranslations ?? {}).flatMap(([quote, texts]) => {
        const text = texts[locale] ?? texts[languageOf(locale)];
        return text ? [[quote, text]] : [];
      }),
    ),
    alternatives: decision.alternatives.map((alternative) => {
      const condition = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        alternative.when.map(({ fact, value, range }) => valueLabel(policy, fact, value, locale, range)),
      );
      const altTotal = totalText(alternative.outcome, locale);
      const altDeadline = deadlineView(alternative.outcome, locale);
      return {
        condition: fill(messages.result.dependsOn, { condition }),
        title: verdictTitle(alternative.outcome, locale, words),
        deadline: altDeadline?.label ?? null,
        total: altTotal?.total ? `${altTotal.label}: ${altTotal.total}` : null,
      };
    }),
  };
}

/** True when the decision has a deadline worth a calendar event: a day or an hour ahead, not an estimate. */
export function hasCalendarDeadline(decision: SettledDecision): boolean {
  const deadline = decision.deadline;
  if (!deadline || deadline.kind === 'event') return false;
  return deadline.kind === 'hours' || (deadline.daysLeft >= 0 && !deadline.earliest);
}
