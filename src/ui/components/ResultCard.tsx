import type { ResultView } from '../../conversation/index.ts';
import type { Messages } from '../../conversation/messages/en.ts';

interface Props {
  view: ResultView;
  messages: Messages;
  explained: boolean;
  hasCalendar: boolean;
  copied: boolean;
  /** Turned down for a change of mind: whether checking it as a fault can end otherwise (else it is not offered). */
  faultyCanChangeIt: boolean;
  send: (type: 'followup.explain' | 'followup.copy' | 'followup.calendar' | 'followup.another' | 'followup.checkFaulty' | 'conversation.restart') => void;
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

/**
 * The decision, read in five seconds: the verdict and the one date and amount that matter first,
 * then what to do (or, turned down, what can still be done), then why, each clause quoted once behind "Why?".
 */
export function ResultCard({ view, messages, explained, hasCalendar, copied, faultyCanChangeIt, send }: Props) {
  const { result, followUps, ui } = messages;
  // A clause behind two reasons (or a reason and the timeline) is quoted once.
  const quoted = new Set<string>();
  // A quote the policy translates is in the shopper's language (the panel's), the merchant's own words folded beneath it.
  const quote = (text: string | null) => {
    if (!text || quoted.has(text)) return null;
    quoted.add(text);
    const translation = view.translations[text];
    return (
      // Its own direction: an English clause in an Arabic panel reads left to right.
      <blockquote lang={translation ? undefined : view.quoteLang} dir="auto">
        “{translation ?? text}”
        {translation && (
          <details>
            <summary>{result.original}</summary>
            <p lang={view.quoteLang} dir="auto">
              “{text}”
            </p>
          </details>
        )}
      </blockquote>
    );
  };
  const still = view.stillPossible;
  return (
    <section class={`result ${view.verdict}`} part="result" aria-labelledby="ra-verdict">
      <h3 id="ra-verdict" class="verdict" part="verdict" tabIndex={-1}>
        <span class="icon" aria-hidden="true">
          {ICON[view.verdict]}
        </span>
        <span class="visually-hidden">{ui.verdictIcons[view.verdict]}: </span>
        <span class="title">{view.title}</span>
      </h3>
      {view.deadline && (
        <p class="deadline" part="deadline">
          <strong>{view.deadline.label}</strong>
          {view.deadline.detail && <span class="detail">{view.deadline.detail}</span>}
        </p>
      )}
      {view.because && (
        <p class="because" part="because">
          {view.because}
        </p>
      )}
      {view.amount && (
        <p class="amount" part="amount">
          <strong>{view.amount}</strong>
        </p>
      )}
      {view.outcome && (
        <p class="outcome" part="outcome">
          {view.outcome}
        </p>
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
        {still ? (
          <>
            <h4>{result.stillTitle}</h4>
            <ul class="still">
              {view.steps.map((step, index) => (
                <li key={index}>{step}</li>
              ))}
              {still.situation && faultyCanChangeIt && (
                <li>
                  {result.faultyIntro}{' '}
                  <button type="button" class="link" onClick={() => send('followup.checkFaulty')}>
                    {result.checkFaulty}
                  </button>
                </li>
              )}
              <li>{still.contact}</li>
            </ul>
          </>
        ) : (
          <ListSection title={result.stepsTitle} items={view.steps} numbered />
        )}
      </div>
      <ListSection title={result.requirementsTitle} items={view.requirements} />
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
      <button type="button" class="link why" aria-expanded={explained} aria-controls="ra-why" onClick={() => send('followup.explain')}>
        {result.why}
      </button>
      <div id="ra-why" hidden={!explained}>
        <ul class="reasons">
          {view.reasons.map((reason, index) => (
            <li key={index}>
              {/* The reason said up front is not said again: only the clause behind it. */}
              {index === 0 && view.because ? result.policySays : reason.text}
              {quote(reason.quote)}
            </li>
          ))}
        </ul>
        <ListSection
          title={result.timelineTitle}
          items={view.timeline.map((entry) => (
            <>
              {entry.text}
              {entry.quotes.map(quote)}
            </>
          ))}
        />
        <ListSection
          title={result.notesTitle}
          items={view.notes.map((note) => (
            <>
              {note.text}
              {quote(note.quote)}
            </>
          ))}
        />
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
