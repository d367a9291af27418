/** A decision as the merchant checks it: verdict, deadline, refund lines and the clauses quoted. */
import { citedRuleIds } from '../policy/index.ts';
import type { Decision, RefundLine } from '../policy/index.ts';
import type { QuoteRef } from './coverage.ts';
import { revealPath } from './bridge.ts';

function money(cents: number | null, currency: string): string {
  return cents === null ? 'not known' : `${(cents / 100).toFixed(2)} ${currency}`;
}

function lineLabel(line: RefundLine): string {
  const name = typeof line.name === 'string' ? line.name : line.name?.en;
  return `${name ?? line.code}: ${line.effect}`;
}

export function DecisionView({ decision, quotes }: { decision: Decision; quotes: readonly QuoteRef[] }) {
  if (!decision.settled) {
    return (
      <dl class="decision">
        <dt>Not decided yet: still needs</dt>
        <dd>{decision.needed.map((needed) => (needed.precision === 'time' ? `${needed.fact}.time` : needed.fact)).join(', ') || '—'}</dd>
        <dt>Possible verdicts</dt>
        <dd>{decision.possibleVerdicts.join(', ')}</dd>
        {decision.problems.length > 0 && <Problems messages={decision.problems.map((problem) => problem.message)} />}
      </dl>
    );
  }
  const deadline = decision.deadline;
  const cited = [...new Set(citedRuleIds(decision))];
  const quoted = cited.map((id) => quotes.find((quote) => quote.id === id)).filter((quote): quote is QuoteRef => quote !== undefined);
  return (
    <dl class="decision">
      <dt>Verdict</dt>
      <dd>
        <strong>{decision.verdict}</strong> (rule <code>{decision.ruleId}</code>)
        {decision.alternatives.length > 0 ? `; ${decision.alternatives.length} ways it can still go` : ''}
      </dd>
      <dt>Deadline</dt>
      <dd>
        {!deadline
          ? 'none'
          : deadline.kind === 'day'
            ? `last day ${deadline.lastDay} (${deadline.daysLeft} day${deadline.daysLeft === 1 ? '' : 's'} left)`
            : deadline.kind === 'hours'
              ? `until ${deadline.local ?? `the end of ${deadline.lastDay}`}`
              : `until ${deadline.until} turns true`}
      </dd>
      {decision.outcome && (
        <>
          <dt>Outcome</dt>
          <dd>{decision.outcome.kind}</dd>
        </>
      )}
      <dt>Refund</dt>
      <dd>
        {decision.refund ? (
          <ul>
            {decision.refund.lines.map((line) => (
              <li>
                {lineLabel(line)}
                {line.amountCents !== null ? `, ${money(line.amountCents, decision.refund!.currency)}` : ''}
              </li>
            ))}
            <li>
              total: {decision.refund.atMost ? 'at most ' : ''}
              {money(decision.refund.totalCents, decision.refund.currency)}
            </li>
          </ul>
        ) : (
          'none'
        )}
      </dd>
      <dt>Clauses quoted</dt>
      <dd>
        <ul>
          {quoted.map((quote) => (
            <li>
              <button type="button" class="link" onClick={() => revealPath(quote.path)}>
                <code>{quote.id}</code>
              </button>{' '}
              “{quote.quote}”
            </li>
          ))}
        </ul>
      </dd>
      {decision.problems.length > 0 && <Problems messages={decision.problems.map((problem) => problem.message)} />}
    </dl>
  );
}

function Problems({ messages }: { messages: string[] }) {
  return (
    <>
      <dt>Facts that cannot be used</dt>
      <dd>{messages.join('; ')}</dd>
    </>
  );
}
