/** Words for a decision: what the result card, the copied summary and the calendar event say. */
import type { Policy, RefundLine, SettledDecision, TimelineEntry } from '../policy/index.ts';
import { fill, formatDate, formatDateTime, formatMoney, formatRate, messagesFor, textIn } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { wordsFor } from './questions.ts';

export interface RefundRow {
  label: string;
  /** "+$129.99", "−$4.94", "amount not known yet", "not refunded". */
  amount: string;
  effect: RefundLine['effect'];
}

export interface ResultView {
  verdict: SettledDecision['verdict'];
  title: string;
  deadline: { label: string; detail: string | null } | null;
  refund: { rows: RefundRow[]; totalLabel: string; total: string } | null;
  reasons: { text: string; quote: string | null }[];
  steps: string[];
  requirements: string[];
  timeline: { text: string; quote: string }[];
  notes: { text: string; quote: string }[];
}

function verdictTitle(decision: SettledDecision, policy: Policy, locale: Locale): string {
  const messages = messagesFor(locale);
  const words = wordsFor(policy, locale);
  const scope = policy.scope.find((rule) => decision.reasons.some((reason) => reason.ruleId === rule.id));
  const handledBy = scope?.handledBy ? textIn(scope.handledBy, locale) : fill(messages.handledByDefault, words);
  const variant =
    decision.situation === 'cancel-order' ? '-cancel' : decision.situation === 'before-buying' && decision.verdict === 'eligible' ? '-before-buying' : '';
  const key = `${decision.verdict}${variant}` as keyof typeof messages.verdicts;
  return fill(messages.verdicts[key] ?? messages.verdicts[decision.verdict], { ...words, handledBy });
}

function deadlineView(decision: SettledDecision, locale: Locale): ResultView['deadline'] {
  const { result } = messagesFor(locale);
  const deadline = decision.deadline;
  if (!deadline) return null;
  switch (deadline.kind) {
    case 'day': {
      const date = formatDate(deadline.lastDay, locale);
      if (deadline.daysLeft < 0) return { label: fill(result.ended, { date }), detail: null };
      if (deadline.earliest) return { label: fill(result.earliest, { date, days: deadline.windowDays }), detail: null };
      const plural = deadline.daysLeft === 0 ? 'zero' : new Intl.PluralRules(locale).select(deadline.daysLeft) === 'one' ? 'one' : 'other';
      return { label: fill(result.lastDay, { date }), detail: fill(result.daysLeft[plural], { count: deadline.daysLeft }) };
    }
    case 'hours': {
      const cancelling = deadline.countedFrom === 'order';
      return deadline.local
        ? { label: fill(cancelling ? result.cancelBy : result.reportBy, { dateTime: formatDateTime(deadline.local, locale) }), detail: null }
        : { label: fill(cancelling ? result.cancelByDay : result.reportByDay, { hours: deadline.hours, date: formatDate(deadline.lastDay, locale) }), detail: null };
    }
    case 'event':
      return { label: deadline.before === 'shipment' ? result.beforeShipment : result.beforeShipmentOrProduction, detail: null };
  }
}

function refundRow(line: RefundLine, currency: string, locale: Locale): RefundRow {
  const { result } = messagesFor(locale);
  const money = (cents: number | null) => (cents === null ? result.unknown : formatMoney(cents, currency, locale));
  const name = line.name ? textIn(line.name, locale) : '';
  switch (line.code) {
    case 'price-paid':
      return { label: result.pricePaid, amount: money(line.amountCents), effect: line.effect };
    case 'original-shipping':
      return line.effect === 'credit'
        ? { label: result.originalShippingRefunded, amount: `+${money(line.amountCents)}`, effect: line.effect }
        : { label: result.originalShippingKept, amount: line.amountCents === null ? result.notRefunded : money(line.amountCents), effect: line.effect };
    case 'return-shipping':
      if (line.effect === 'paid-by-store') return { label: result.returnShippingFree, amount: money(0), effect: line.effect };
      if (line.effect === 'deduction') return { label: result.returnShippingDeducted, amount: `−${result.unknown}`, effect: line.effect };
      return { label: result.returnShippingYours, amount: result.unknown, effect: line.effect };
    case 'fee':
      return line.stated === false
        ? { label: fill(result.feeNotStated, { name }), amount: money(0), effect: line.effect }
        : { label: fill(result.feeRate, { name, rate: formatRate(line.basisPoints ?? 0, locale) }), amount: `−${money(line.amountCents)}`, effect: line.effect };
    case 'processing-costs':
      return { label: result.processingCosts, amount: `−${result.unknown}`, effect: line.effect };
    case 'missing-items-charge':
      return { label: result.missingItems, amount: `−${result.unknown}`, effect: line.effect };
  }
}

function timelineText(entry: TimelineEntry, locale: Locale): string {
  const { result } = messagesFor(locale);
  const range =
    entry.minDays !== undefined && entry.maxDays !== undefined
      ? fill(result.between, { min: entry.minDays, max: entry.maxDays })
      : entry.maxDays !== undefined
        ? fill(result.within, { max: entry.maxDays })
        : fill(result.atLeast, { min: entry.minDays ?? 0 });
  return fill(result.timeline, {
    stage: result.stages[entry.stage],
    range,
    unit: entry.businessDays ? result.businessDays : result.days,
    after: result.after[entry.after],
  });
}

/** Everything the result card shows, worded in the locale. */
export function describeDecision(decision: SettledDecision, policy: Policy, locale: Locale): ResultView {
  const messages = messagesFor(locale);
  const words = wordsFor(policy, locale);
  const placeholders: Record<string, string> = { ...words, ...decision.placeholders };
  if (placeholders.lastDay) placeholders.lastDay = formatDate(placeholders.lastDay, locale);
  if (placeholders.reportBy) placeholders.reportBy = formatDateTime(placeholders.reportBy, locale);
  else if (placeholders.reportByDay) placeholders.reportBy = formatDate(placeholders.reportByDay, locale);
  if (placeholders.fullRefundBy) placeholders.fullRefundBy = formatDateTime(placeholders.fullRefundBy, locale);
  else if (placeholders.fullRefundByDay) placeholders.fullRefundBy = formatDate(placeholders.fullRefundByDay, locale);

  const refund = decision.refund;
  const totalLabel = refund?.atMost ? messages.result.totalAtMost : messages.result.total;
  const total = refund
    ? refund.plusUnknownCredit
      ? fill(messages.result.totalPlus, { amount: formatMoney(refund.totalCents, refund.currency, locale) })
      : formatMoney(refund.totalCents, refund.currency, locale)
    : '';
  const reasonParams = (params: Record<string, string | number | boolean>) => {
    const filled: Record<string, string | number> = { ...words };
    for (const [name, value] of Object.entries(params)) filled[name] = String(value);
    if (typeof params.lastDay === 'string') filled.lastDay = formatDate(params.lastDay, locale);
    if (typeof params.from === 'string') filled.from = messages.anchors[params.from as keyof typeof messages.anchors] ?? params.from;
    return filled;
  };
  const scope = policy.scope.find((rule) => decision.reasons.some((reason) => reason.ruleId === rule.id));
  return {
    verdict: decision.verdict,
    title: verdictTitle(decision, policy, locale),
    deadline: deadlineView(decision, locale),
    refund: refund
      ? {
          rows: refund.lines.map((line) => refundRow(line, refund.currency, locale)),
          totalLabel,
          total,
        }
      : null,
    reasons: decision.reasons.map((reason) => {
      const template = messages.reasons[reason.code as keyof typeof messages.reasons] ?? reason.code;
      const params = reasonParams(reason.params);
      params.handledBy = scope?.handledBy ? textIn(scope.handledBy, locale) : fill(messages.handledByDefault, words);
      return { text: fill(template, params), quote: reason.quote };
    }),
    steps: decision.nextSteps.map((step) => fill(textIn(step.text, locale), placeholders)),
    requirements: decision.requirements
      .map((requirement) => policy.returns.conditions.find((condition) => condition.id === requirement.ruleId))
      .filter((condition) => condition !== undefined)
      .map((condition) => textIn(condition.requirement, locale)),
    timeline: decision.timeline.map((entry) => ({ text: timelineText(entry, locale), quote: entry.quote })),
    notes: decision.notes.map((note) => ({ text: fill(textIn(note.text, locale), placeholders), quote: note.quote })),
  };
}

/** True when the decision has a deadline worth a calendar event: a day or an hour ahead, not an estimate. */
export function hasCalendarDeadline(decision: SettledDecision): boolean {
  const deadline = decision.deadline;
  if (!deadline || deadline.kind === 'event') return false;
  return deadline.kind === 'hours' || (deadline.daysLeft >= 0 && !deadline.earliest);
}
