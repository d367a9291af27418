/**
 * Coverage of the policy text: the merchant pastes their returns page; each sentence is marked encoded
 * (a click goes to the clause that quotes it), partly encoded or not yet, and each quote the page does
 * not hold is flagged.
 */
import { useComputed } from '@preact/signals';
import { revealPath } from './bridge.ts';
import { coverageOf, quotesOf } from './coverage.ts';
import type { QuoteRef, SentenceState } from './coverage.ts';
import { coverageText, lastValid } from './state.ts';

const STATE_LABEL: Record<SentenceState, string> = { encoded: 'Encoded', partly: 'Partly encoded', 'not-encoded': 'Not encoded yet', heading: 'Heading' };

function ClauseLinks({ quotes }: { quotes: readonly QuoteRef[] }) {
  return (
    <>
      {quotes.map((quote) => (
        <button type="button" class="link" onClick={() => revealPath(quote.path)}>
          {quote.id}
        </button>
      ))}
    </>
  );
}

export function CoverageView() {
  const coverage = useComputed(() => (lastValid.value && coverageText.value.trim() ? coverageOf(coverageText.value, quotesOf(lastValid.value.data)) : null));
  const result = coverage.value;
  const counts = result
    ? {
        encoded: result.sentences.filter((s) => s.state === 'encoded').length,
        partly: result.sentences.filter((s) => s.state === 'partly').length,
        total: result.sentences.filter((s) => s.state !== 'heading').length,
      }
    : null;
  return (
    <div class="coverage">
      <label for="coverage-text">Your returns page, as text (paste it here; it stays in this browser)</label>
      <textarea
        id="coverage-text"
        rows={8}
        value={coverageText.value}
        onInput={(event) => (coverageText.value = (event.currentTarget as HTMLTextAreaElement).value)}
      />
      {!lastValid.value && <p class="note">Coverage is shown once the policy is valid.</p>}
      {result && counts && (
        <>
          <p role="status">
            {counts.encoded} of {counts.total} sentences encoded, {counts.partly} partly (headings not counted); {result.missing.length} quote
            {result.missing.length === 1 ? '' : 's'} not found in the text.
          </p>
          <ol class="sentences">
            {result.sentences.map((sentence) => (
              <li class={sentence.state}>
                <span class="state">{STATE_LABEL[sentence.state]}</span> {sentence.sentence}
                {sentence.quotedBy.length > 0 && (
                  <span class="by">
                    {' '}
                    — by <ClauseLinks quotes={sentence.quotedBy} />
                  </span>
                )}
              </li>
            ))}
          </ol>
          {result.missing.length > 0 && (
            <>
              <h3>Quotes not found in the text</h3>
              <ul class="missing">
                {result.missing.map((quote) => (
                  <li>
                    <ClauseLinks quotes={[quote]} /> “{quote.quote}”
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
