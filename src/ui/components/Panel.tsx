import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { currentQuestion, describeDecision, faultyCanChangeIt, fill, messagesFor } from '../../conversation/index.ts';
import { dateExample } from '../../conversation/parse.ts';
import { wordsFor } from '../../conversation/questions.ts';
import type { ConversationModel } from '../adapter.ts';
import { transcriptOf } from '../transcript.ts';
import { Composer } from './Composer.tsx';
import type { DoubtPrompt } from './Composer.tsx';
import { ResultCard } from './ResultCard.tsx';
import { Transcript } from './Transcript.tsx';

interface Props {
  model: ConversationModel;
  /** Set when a summary was copied, to announce it. */
  copied: boolean;
  hasCalendar: boolean;
  onClose: (() => void) | null;
}

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A panel that fills a phone's screen hides the page behind it: Tab and Shift+Tab go round the panel
 * instead of into the hidden page. (Beside a page on a wider screen, the page stays reachable.)
 */
function keepTabInside(event: KeyboardEvent): void {
  const panel = event.currentTarget as HTMLElement;
  if (!panel.ownerDocument.defaultView?.matchMedia('(max-width: 480px)').matches) return;
  const focusable = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.offsetParent !== null || element === panel.ownerDocument.activeElement,
  );
  if (focusable.length === 0) return;
  const active = (panel.getRootNode() as ShadowRoot | Document).activeElement;
  const [first, last] = [focusable[0]!, focusable.at(-1)!];
  if (event.shiftKey && (active === first || !panel.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/** The chat panel: header, notice, transcript with the result, and the composer. Reads signals, sends events. */
export function Panel({ model, copied, hasCalendar, onClose }: Props) {
  const snapshot = model.snapshot.value;
  const { context } = snapshot;
  const messages = messagesFor(context.locale);
  const words = wordsFor(context.policy, context.locale);
  const decided = snapshot.matches('decided');
  const question = decided ? null : currentQuestion(context);
  const view = decided && context.decision.settled ? describeDecision(context.decision, context.policy, context.locale) : null;
  // An overlay is opened by the shopper, so focus goes into it; an inline panel takes focus only once the shopper uses it.
  const engaged = useSignal(onClose !== null);
  const engage = () => {
    engaged.value = true;
  };
  const { doubt } = context;
  const doubtPrompt: DoubtPrompt | null = doubt && {
    text: fill(messages.doubts[doubt.code], doubt.params),
    replies: [
      ...(doubt.suggestion ? [{ label: doubt.suggestion.display, choose: () => model.send({ type: 'answer.submit', answer: doubt.suggestion!.value }) }] : []),
      {
        label: doubt.code === 'free' ? messages.doubts.yesFree : fill(messages.doubts.yes, { answer: doubt.answer.display }),
        choose: () => model.send({ type: 'answer.confirm' }),
      },
      { label: messages.doubts.change, choose: () => model.send({ type: 'answer.reconsider' }) },
    ],
  };
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const card = resultRef.current;
    const log = card?.parentElement;
    if (!decided || !engaged.peek() || !card || !log) return;
    // The card's top at the top of the transcript: the verdict, the date and the amount are what shows, not the card's foot.
    log.scrollTop += card.getBoundingClientRect().top - log.getBoundingClientRect().top;
    card.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  }, [decided]);

  return (
    <div
      class="panel"
      part="panel"
      role="region"
      aria-labelledby="ra-title"
      onPointerDownCapture={engage}
      onKeyDownCapture={engage}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onClose) {
          event.stopPropagation();
          onClose();
        }
        if (event.key === 'Tab' && onClose) keepTabInside(event);
      }}
    >
      <header class="header" part="header">
        <h2 id="ra-title">{fill(messages.ui.title, words)}</h2>
        {onClose && (
          <button type="button" class="close" part="close" aria-label={messages.ui.close} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </header>
      {context.notice && (
        <p class="notice" part="notice" role="status">
          {messages.notices[context.notice]}{' '}
          <button type="button" class="link" onClick={() => model.send({ type: 'notice.dismiss' })}>
            {messages.ui.dismiss}
          </button>
        </p>
      )}
      <Transcript messages={transcriptOf(context)} changeLabel={messages.followUps.edit} onChange={(key) => model.send({ type: 'answer.edit', key })}>
        {view && (
          <div ref={resultRef}>
            <ResultCard
              view={view}
              messages={messages}
              explained={snapshot.matches({ decided: 'explained' })}
              hasCalendar={hasCalendar}
              copied={copied}
              faultyCanChangeIt={view.stillPossible?.situation === 'defective' && faultyCanChangeIt(context)}
              send={(type) => model.send({ type })}
            />
          </div>
        )}
      </Transcript>
      {question && (
        <Composer
          key={`${question.key}:${context.answers.length}`}
          autoFocus={engaged.peek()}
          question={question}
          doubt={doubtPrompt}
          placeholder={messages.ui.placeholder}
          // Worked out for a date question only: the first date format a page makes loads the browser's locale data.
          datePlaceholder={question.kind === 'date' ? fill(messages.ui.datePlaceholder, { example: dateExample(context.locale) }) : ''}
          sendLabel={messages.ui.send}
          dontKnowLabel={messages.options.dontKnow}
          onAnswer={(answer) => model.send({ type: 'answer.submit', answer })}
        />
      )}
      {context.answers.length > 0 && (
        <footer class="footer" part="footer">
          {context.editing ? (
            <button type="button" class="link" onClick={() => model.send({ type: 'answer.cancelEdit' })}>
              {messages.ui.keepAnswer}
            </button>
          ) : (
            !decided && (
              <button type="button" class="link" onClick={() => model.send({ type: 'answer.undo' })}>
                {messages.followUps.undo}
              </button>
            )
          )}
          {/* Once decided, the result card offers "Start over" itself: one control, not two. */}
          {!decided && (
            <button type="button" class="link" onClick={() => model.send({ type: 'conversation.restart' })}>
              {messages.followUps.restart}
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
