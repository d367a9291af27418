import type { ResultView } from '../../conversation/index.ts';
import type { Messages } from '../../conversation/messages/en.ts';

interface Props {
  view: ResultView;
  messages: Messages;
  explained: boolean;
  hasCalendar: boolean;
  copied: boolean;
  send: (type: 'followup.explain' | 'followup.copy' | 'followup.calendar' | 'followup.another' | 'conversation.restart') => void;
}

/** A titled list (numbered for steps); nothing when the list is empty. */
function ListSection({ title, items, numbered = false }: { title: string; items: preact.ComponentChildren[]; numbered?: boolean }) {
  if (items.length === 0) return null;
  const List = numbered ? 'ol' : 'ul';
  return (
    <>
      <h4>{title}</h4>
      <List>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </List>
    </>
  );
}

/** Icons are decoration: the verdict is always said in words too. */
const ICON = { eligible: '✓', 'not-eligible': '✕', 'needs-review': '!', 'handled-elsewhere': '→' } as const;

/** The decision: verdict, deadline, refund, steps, and the clauses behind it. */
export function ResultCard({ view, messages, explained, hasCalendar, copied, send }: Props) {
  const { result, followUps, ui } = messages;
  return (
    <section class={`result ${view.verdict}`} part="result" aria-labelledby="ra-verdict">
      <h3 id="ra-verdict" class="verdict" part="verdict" tabIndex={-1}>
        <span class="icon" aria-hidden="true">
          {ICON[view.verdict]}
        </span>
        <span class="visually-hidden">{ui.verdictIcons[view.verdict]}: </span>
        <span class="title">{view.title}</span>
      </h3>
      {view.outcome && (
        <p class="outcome" part="outcome">
          {view.outcome}
        </p>
      )}
      {view.deadline && (
        <p class="deadline" part="deadline">
          <strong>{view.deadline.label}</strong>
          {view.deadline.detail && <span> · {view.deadline.detail}</span>}
        </p>
      )}
      {view.refund && (
        <table class="refund" part="refund">
          <caption>{result.refundTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.item}</th>
              <th scope="col">{ui.amount}</th>
            </tr>
          </thead>
          <tbody>
            {view.refund.rows.map((row, index) => (
              <tr key={index} class={row.effect}>
                <th scope="row">{row.label}</th>
                <td>{row.amount}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{view.refund.totalLabel}</th>
              <td>{view.refund.total}</td>
            </tr>
          </tfoot>
        </table>
      )}
      {view.alternatives.length > 0 && (
        <section class="depends" part="depends" aria-labelledby="ra-depends">
          <h4 id="ra-depends">{result.dependsTitle}</h4>
          <p>{result.dependsIntro}</p>
          <ul>
            {view.alternatives.map((alternative, index) => (
              <li key={index}>
                <strong>{alternative.condition}:</strong> {[alternative.title, alternative.deadline, alternative.total].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div part="steps">
        <ListSection title={result.stepsTitle} items={view.steps} numbered />
      </div>
      <ListSection title={result.requirementsTitle} items={view.requirements} />
      <button type="button" class="link why" aria-expanded={explained} aria-controls="ra-why" onClick={() => send('followup.explain')}>
        {result.why}
      </button>
      <div id="ra-why" hidden={!explained}>
        <ul class="reasons">
          {view.reasons.map((reason, index) => (
            <li key={index}>
              {reason.text}
              {reason.quote && <blockquote>“{reason.quote}”</blockquote>}
            </li>
          ))}
        </ul>
        <ListSection
          title={result.timelineTitle}
          items={view.timeline.map((entry) => (
            <>
              {entry.text}
              <blockquote>“{entry.quote}”</blockquote>
            </>
          ))}
        />
        <ListSection title={result.notesTitle} items={view.notes.map((note) => note.text)} />
      </div>
      <div class="followups" role="group" aria-label={ui.moreOptions}>
        <button type="button" onClick={() => send('followup.copy')}>
          {followUps.copy}
        </button>
        {hasCalendar && (
          <button type="button" onClick={() => send('followup.calendar')}>
            {followUps.calendar}
          </button>
        )}
        <button type="button" onClick={() => send('followup.another')}>
          {followUps.another}
        </button>
        <button type="button" onClick={() => send('conversation.restart')}>
          {followUps.restart}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {copied ? followUps.copied : ''}
      </p>
    </section>
  );
}
