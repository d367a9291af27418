/** What a shopper takes away: a plain-text summary for a support ticket, and the deadline as a calendar event. */
import type { Policy, SettledDecision } from '../policy/index.ts';
import type { Answer } from './answers.ts';
import { describeDecision, hasCalendarDeadline } from './describe.ts';
import { fill, formatDate, messagesFor } from './i18n.ts';
import type { Locale } from './i18n.ts';
import { questionFor, wordsFor } from './questions.ts';
import { factsFrom } from './answers.ts';

export interface TakeAway {
  policy: Policy;
  decision: SettledDecision;
  answers: readonly Answer[];
  locale: Locale;
  now: number;
  today: string;
}

/** A plain-text summary: the answers given, the result, the deadline, the refund, the steps and the clauses. */
export function summaryText({ policy, decision, answers, locale, today }: TakeAway): string {
  const messages = messagesFor(locale);
  const view = describeDecision(decision, policy, locale);
  const words = wordsFor(policy, locale);
  const lines = [fill(messages.summary.title, words), fill(messages.summary.checkedOn, { date: formatDate(today, locale) }), ''];
  if (answers.length) {
    lines.push(`${messages.summary.answers}:`);
    answers.forEach((answer, index) => {
      const question = questionFor(answer.key, policy, factsFrom(policy, {}, answers.slice(0, index)), locale);
      lines.push(`- ${question.text} ${answer.display}`);
    });
    lines.push('');
  }
  lines.push(`${messages.summary.result}: ${view.title}`);
  if (view.outcome) lines.push(view.outcome);
  if (view.deadline) lines.push(view.deadline.detail ? `${view.deadline.label} (${view.deadline.detail})` : view.deadline.label);
  if (view.refund) {
    lines.push('', `${messages.result.refundTitle}:`);
    for (const row of view.refund.rows) lines.push(`- ${row.label}: ${row.amount}`);
    lines.push(`${view.refund.totalLabel}: ${view.refund.total}`);
  }
  if (view.alternatives.length) {
    lines.push('', `${messages.result.dependsTitle}:`);
    for (const alternative of view.alternatives) {
      lines.push(`- ${alternative.condition}: ${[alternative.title, alternative.deadline, alternative.total].filter(Boolean).join('; ')}`);
    }
  }
  if (view.steps.length) {
    lines.push('', `${messages.result.stepsTitle}:`);
    view.steps.forEach((step, index) => lines.push(`${index + 1}. ${step}`));
  }
  lines.push('', `${messages.result.why}`);
  for (const reason of view.reasons) {
    lines.push(`- ${reason.text}`);
    if (reason.quote) lines.push(`  ${messages.result.policySays}: “${reason.quote}”`);
  }
  return lines.join('\n');
}

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets, as RFC 5545 asks. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (bytes.encode(current + character).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The deadline as an iCalendar (.ics) event, or null when the decision has no dated deadline.
 * A day deadline is an all-day event on the last day; an hour deadline a 15-minute event ending at its moment, or,
 * when that is not known, an all-day event on the day to act by.
 */
export function calendarFile(takeAway: TakeAway): string | null {
  const { policy, decision, locale, now } = takeAway;
  const deadline = decision.deadline;
  if (!deadline || deadline.kind === 'event' || !hasCalendarDeadline(decision)) return null;
  const messages = messagesFor(locale);
  const words = wordsFor(policy, locale);
  const description = summaryText(takeAway);
  let when: string[];
  // An all-day event on the day to act by, in the shopper's own calendar (a deadline in hours whose start is not
  // known may end at any time of its last day: the policy gives the last day surely in time); a known moment is the
  // quarter of an hour before it.
  const day = deadline.kind === 'day' ? deadline.lastDay : deadline.at ? null : deadline.actBy;
  if (day) {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    when = [`DTSTART;VALUE=DATE:${day.replace(/-/g, '')}`, `DTEND;VALUE=DATE:${next.replace(/-/g, '')}`];
  } else if (deadline.kind === 'hours' && deadline.at) {
    const end = Date.parse(deadline.at);
    when = [`DTSTART:${stamp(end - 15 * 60_000)}`, `DTEND:${stamp(end)}`];
  } else return null;
  const title = fill(deadline.kind === 'day' ? messages.calendar.title : messages.calendar.reportTitle, words);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Return Assistant//Return pre-check//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${policy.id}-${deadline.ruleId}-${stamp(now)}@return-assistant`,
    `DTSTAMP:${stamp(now)}`,
    ...when,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
