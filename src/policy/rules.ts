/**
 * The rule walk: reads a policy's data and the facts, and returns the outcome.
 * Nothing here names a store: every figure, window and clause comes from the policy data.
 */
import { addDays, daysBetween, instantAt, localDateTimeAt, HOUR_MS } from './dates.ts';
import type { CalendarDate } from './dates.ts';
import type { Deadline, HourDeadline, Outcome, Reason, RefundLine, Verdict } from './decision.ts';
import { ANCHOR_FACTS } from './facts.ts';
import type { DateAnchor, DateFact, Situation } from './facts.ts';
import type { FactReader } from './reader.ts';
import { refundForReturn, refundFrom } from './refund.ts';
import type { Extension, Policy, Step } from './schema.ts';

type Params = Reason['params'];

function reason(rule: { id: string; quote: string }, code: string, params: Params = {}): Reason {
  return { ruleId: rule.id, quote: rule.quote, code, params };
}

function outcome(policy: Policy, situation: Situation, verdict: Verdict, parts: Partial<Outcome>): Outcome {
  return {
    situation,
    verdict,
    reasons: [],
    deadline: null,
    refund: null,
    nextSteps: [],
    requirements: [],
    timeline: [],
    notes: policy.notes.filter((note) => note.situations.includes(situation)),
    ...parts,
    placeholders: {
      store: policy.store.name,
      ...(policy.store.email ? { email: policy.store.email } : {}),
      ...(policy.store.website ? { website: policy.store.website } : {}),
      ...parts.placeholders,
    },
  };
}

/** Steps whose `onlyIf` holds. */
function stepsFor(steps: readonly Step[], holds: Partial<Record<NonNullable<Step['onlyIf']>, boolean>>): Step[] {
  return steps.filter((step) => step.onlyIf === undefined || holds[step.onlyIf] === true);
}

/** The decision for one purchase under one policy. */
export function decide(policy: Policy, read: FactReader): Outcome {
  const situation = read.choice('situation');
  if (!policy.situations.includes(situation)) return notCovered(policy, situation);

  for (const scope of policy.scope) {
    if (!scope.situations.includes(situation)) continue;
    const value = read.choice(scope.fact);
    if (scope.values.includes(value)) {
      return outcome(policy, situation, scope.verdict, {
        reasons: [reason(scope, scope.verdict === 'handled-elsewhere' ? 'handled-elsewhere' : 'final-sale', { [scope.fact]: value })],
        nextSteps: scope.steps,
      });
    }
  }

  switch (situation) {
    case 'cancel-order':
      return cancellation(policy, read);
    case 'damaged-on-arrival':
    case 'defective':
      if (policy.defect?.situations.includes(situation)) return defectClaim(policy, situation, read);
      if (situation === 'damaged-on-arrival' && policy.damageReview) {
        const review = policy.damageReview;
        return outcome(policy, situation, 'needs-review', {
          reasons: [reason(review, 'store-investigates')],
          nextSteps: review.steps,
        });
      }
      if (situation === 'damaged-on-arrival') return notCovered(policy, situation);
      // The policy has no separate terms for defects: a defective item is returned like any other.
      return standardReturn(policy, situation, read, [reason(policy.returns.window, 'defect-follows-return-terms')]);
    default:
      return standardReturn(policy, situation, read, []);
  }
}

function notCovered(policy: Policy, situation: Situation): Outcome {
  return outcome(policy, situation, 'needs-review', {
    reasons: [{ ruleId: 'not-covered', quote: null, code: 'not-covered', params: { situation } }],
    nextSteps: [
      {
        id: 'not-covered.contact',
        quote: '',
        text: {
          en: 'Contact {contact}: this policy does not say how this case is handled.',
          es: 'Contacte con {contact}: esta política no dice cómo se trata este caso.',
        },
      },
    ],
    placeholders: { contact: typeof policy.store.contact === 'string' ? policy.store.contact : policy.store.contact.en },
  });
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

function standardReturn(policy: Policy, situation: Situation, read: FactReader, leadReasons: Reason[]): Outcome {
  const { window, extensions, conditions, refund: terms } = policy.returns;
  const beforeBuying = situation === 'before-buying';
  // Checking before buying: every date lies ahead, so count from today (for a delivery, at the earliest).
  const dateOf = (anchor: DateAnchor) => (beforeBuying ? read.today : read.date(ANCHOR_FACTS[anchor]));
  const reasons = [...leadReasons];

  let lastDay = addDays(dateOf(window.from), window.days);
  let deadlineRule: { id: string; quote: string } = window;
  for (const extension of extensions) {
    const returnBy = extensionReturnBy(extension, dateOf(extension.purchasedOn));
    if (returnBy !== null && returnBy > lastDay) {
      lastDay = returnBy;
      deadlineRule = extension;
    }
  }
  const deadline: Deadline = {
    kind: 'day',
    ruleId: deadlineRule.id,
    lastDay,
    daysLeft: daysBetween(read.today, lastDay),
    countedFrom: window.from,
    windowDays: window.days,
    earliest: beforeBuying && window.from === 'delivery',
  };
  const windowParams = { days: window.days, from: window.from, lastDay, daysLeft: deadline.daysLeft };
  if (deadline.daysLeft < 0) {
    reasons.push(reason(deadlineRule, 'window-closed', windowParams));
    return outcome(policy, situation, 'not-eligible', { reasons, deadline, placeholders: { lastDay } });
  }
  reasons.push(reason(deadlineRule, deadlineRule === window ? 'window-open' : 'extension-applies', windowParams));

  const requirements: Reason[] = [];
  const chargeLines: RefundLine[] = [];
  for (const condition of conditions) {
    if (!condition.situations.includes(situation)) continue;
    if (condition.onlyForBundles && !read.yesNo('isBundle')) continue;
    // Before buying there is nothing to check yet: every condition is a requirement for later.
    const met = beforeBuying ? true : condition.ask ? read.yesNo(condition.fact) : (read.peek(condition.fact) ?? true);
    if (met) {
      requirements.push(reason(condition, 'requirement', { fact: condition.fact }));
    } else if (condition.effect === 'void') {
      reasons.push(reason(condition, 'condition-not-met', { fact: condition.fact }));
      return outcome(policy, situation, 'not-eligible', { reasons, deadline, placeholders: { lastDay } });
    } else {
      reasons.push(reason(condition, 'condition-may-charge', { fact: condition.fact }));
      chargeLines.push({ code: 'missing-items-charge', ruleId: condition.id, effect: 'deduction', amountCents: null });
    }
  }

  const refund = refundForReturn(terms, policy.store.currency, read, window.id, chargeLines);
  if (refund.returnShipping === 'shopper-pays' && terms.returnShipping.freeUpToPounds !== undefined) {
    reasons.push(reason(terms.returnShipping, 'over-free-label-weight', { limitPounds: terms.returnShipping.freeUpToPounds }));
  }
  return outcome(policy, situation, 'eligible', {
    reasons,
    deadline,
    refund,
    requirements,
    nextSteps: stepsFor(policy.returns.steps, {
      'free-return-label': refund.returnShipping === 'free-label',
      'shopper-pays-return-shipping': refund.returnShipping === 'shopper-pays',
    }),
    timeline: policy.returns.timeline,
    notes: [...policy.notes, ...policy.refundNotes].filter((note) => note.situations.includes(situation)),
    placeholders: { lastDay },
  });
}

function hourDeadline(ruleId: string, hours: number, fact: DateFact, anchor: DateAnchor, read: FactReader): HourDeadline {
  const given = read.peek(fact);
  const at = typeof given === 'string' && given.length > 10 ? instantAt(given, read.timeZone) + hours * HOUR_MS : null;
  return {
    kind: 'hours',
    ruleId,
    hours,
    countedFrom: anchor,
    at: at === null ? null : new Date(at).toISOString(),
    local: at === null ? null : localDateTimeAt(at, read.timeZone),
    lastDay: at === null ? addDays(read.date(fact), Math.ceil(hours / 24)) : localDateTimeAt(at, read.timeZone).slice(0, 10),
    minutesLeft: at === null ? null : Math.floor((at - read.now) / 60_000),
  };
}

function defectClaim(policy: Policy, situation: 'defective' | 'damaged-on-arrival', read: FactReader): Outcome {
  const defect = policy.defect!;
  const { report } = defect;
  if (defect.international && read.choice('region') === 'international') {
    return outcome(policy, situation, 'needs-review', {
      reasons: [reason(defect.international, 'international-defect')],
      nextSteps: defect.international.steps,
      placeholders: { email: report.email },
    });
  }
  const inTime = read.within('deliveredAt', report.withinHours);
  const deadline = hourDeadline(report.id, report.withinHours, 'deliveredAt', 'delivery', read);
  const reportReasons = [report, ...defect.alsoStatedBy].map((rule) =>
    reason(rule, inTime ? 'reported-in-time' : 'reported-too-late', { hours: report.withinHours }),
  );
  if (!inTime) {
    // The defect remedy is lost; what remains is the standard return (and, for defects, the warranty).
    const fallback = standardReturn(policy, situation, read, reportReasons);
    if (fallback.verdict === 'not-eligible' && situation === 'defective' && defect.warranty) {
      return {
        ...fallback,
        verdict: 'handled-elsewhere',
        reasons: [...fallback.reasons, reason(defect.warranty, 'warranty')],
        nextSteps: [{ id: defect.warranty.id, quote: defect.warranty.quote, text: defect.warranty.text }],
      };
    }
    if (fallback.verdict === 'eligible' && situation === 'defective' && defect.warranty) {
      fallback.notes = [...fallback.notes, { ...defect.warranty, situations: [situation] }];
    }
    return fallback;
  }

  const reasons = [...reportReasons, reason(defect.fullRefund, 'full-refund-on-confirmation')];
  if (defect.replacement) reasons.push(reason(defect.replacement, 'replacement-available'));
  const requirements = policy.returns.conditions
    .filter((condition) => condition.situations.includes(situation))
    .map((condition) => reason(condition, 'requirement', { fact: condition.fact }));
  return outcome(policy, situation, 'eligible', {
    reasons,
    deadline,
    refund: refundForReturn(defect.refund, policy.store.currency, read, defect.fullRefund.id),
    requirements,
    nextSteps: defect.steps,
    timeline: policy.returns.timeline,
    notes: [...defect.caveats, ...policy.notes, ...policy.refundNotes].filter((note) => note.situations.includes(situation)),
    placeholders: { email: report.email, ...(deadline.local ? { reportBy: deadline.local } : { reportByDay: deadline.lastDay }) },
  });
}

function cancellation(policy: Policy, read: FactReader): Outcome {
  const terms = policy.cancellation!;
  const situation = 'cancel-order';
  if (read.yesNo('shipped')) {
    return outcome(policy, situation, 'not-eligible', {
      reasons: [reason(terms.afterShipment, 'already-shipped')],
      nextSteps: terms.afterShipment.steps,
    });
  }
  const reasons: Reason[] = [];
  let before: 'shipment' | 'shipment-or-production' = 'shipment';
  if (terms.preOrder && read.yesNo('preOrder')) {
    if (read.yesNo('productionStarted')) {
      return outcome(policy, situation, 'not-eligible', {
        reasons: [reason(terms.preOrder, 'production-started')],
        nextSteps: terms.afterShipment.steps,
      });
    }
    reasons.push(reason(terms.preOrder, 'pre-order-before-production', { caveat: true }));
    before = 'shipment-or-production';
  } else {
    reasons.push(reason(terms.beforeShipment, 'not-shipped-yet'));
  }

  const fullRefund = read.within('orderedAt', terms.fullRefund.withinHours);
  const price = read.amount('pricePaidCents');
  const lines: RefundLine[] = [{ code: 'price-paid', ruleId: terms.fullRefund.id, effect: 'credit', amountCents: price }];
  if (fullRefund) {
    reasons.push(reason(terms.fullRefund, 'full-refund-window', { hours: terms.fullRefund.withinHours }));
  } else {
    reasons.push(reason(terms.afterFullRefundWindow, 'processing-costs-may-apply', { hours: terms.fullRefund.withinHours }));
    lines.push({ code: 'processing-costs', ruleId: terms.afterFullRefundWindow.id, effect: 'deduction', amountCents: null, name: terms.afterFullRefundWindow.deduction });
  }
  const deadline: Deadline = fullRefund
    ? hourDeadline(terms.fullRefund.id, terms.fullRefund.withinHours, 'orderedAt', 'order', read)
    : { kind: 'event', ruleId: reasons[0]!.ruleId, before };
  const fullRefundBy: Record<string, string> = {};
  if (deadline.kind === 'hours') {
    if (deadline.local) fullRefundBy.fullRefundBy = deadline.local;
    else fullRefundBy.fullRefundByDay = deadline.lastDay;
  }
  return outcome(policy, situation, 'eligible', {
    reasons,
    deadline,
    placeholders: fullRefundBy,
    refund: refundFrom(policy.store.currency, lines, { returnShipping: 'none', originalShipping: 'not-stated' }),
    nextSteps: stepsFor(terms.steps, { 'within-full-refund-window': fullRefund, 'after-full-refund-window': !fullRefund }),
    notes: [
      ...(terms.preOrder && before === 'shipment-or-production'
        ? [{ id: terms.preOrder.id, quote: terms.preOrder.quote, text: terms.preOrder.caveat, situations: [situation as Situation] }]
        : []),
      ...policy.notes.filter((note) => note.situations.includes(situation)),
    ],
  });
}
