import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DONT_KNOW } from '../../conversation/index.ts';
import type { Question } from '../../conversation/index.ts';

/** A doubt about the answer just given ("Did you mean …?"): what it says, and the replies to it. */
export interface DoubtPrompt {
  text: string;
  replies: { label: string; choose: () => void }[];
}

interface Props {
  question: Question;
  /** Set while an answer that is probably a slip waits to be confirmed: its replies stand in for the question's. */
  doubt: DoubtPrompt | null;
  /** Move focus here when shown (not when an inline panel first renders on page load). */
  autoFocus: boolean;
  placeholder: string;
  /** The example shown in an empty date box. */
  datePlaceholder: string;
  sendLabel: string;
  dontKnowLabel: string;
  onAnswer: (answer: string | boolean) => void;
}

// Dates are typed as people say them ("3 days ago", "11/20", "Dec 11"): a text box, with Today and Yesterday as quick replies.
const INPUT_TYPE: Record<Question['kind'], 'time' | 'text'> = { date: 'text', time: 'time', amount: 'text', weight: 'text', number: 'text', choice: 'text' };

/**
 * A quick reply's click: the second click of a double-click (the browser counts it, `detail` 2) is dropped, as a held
 * key's repeats are below. It was meant for the reply before, and would answer the question drawn under the pointer
 * meanwhile, unseen.
 */
const single = (choose: () => void) => (event: MouseEvent) => {
  if (event.detail < 2) choose();
};

/** Quick replies in a labelled group, and a box to type the answer (a native date or time input where one is asked). */
export function Composer({ question, doubt, autoFocus, placeholder, datePlaceholder, sendLabel, dontKnowLabel, onAnswer }: Props) {
  const [typed, setTyped] = useState('');
  const first = useRef<HTMLButtonElement | HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const asked = useRef(false);
  // The panel gives each question its own composer (keyed by question), so nothing typed is ever reset under the shopper;
  // focus moves to it before the next paint, so keyboard users never land on the page behind.
  // A doubt raised or settled moves focus to its first reply, or back to the box that still holds the answer.
  useLayoutEffect(() => {
    const target = doubt ? form.current?.querySelector<HTMLElement>('.replies button') : asked.current ? form.current?.querySelector('input') : first.current;
    if (asked.current || autoFocus) target?.focus({ preventScroll: true });
    asked.current = true;
  }, [doubt !== null]);

  const labelId = `ra-question-${question.key.replace(/\W/g, '-')}`;
  return (
    <form
      ref={form}
      class="composer"
      part="composer"
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(typed);
      }}
      onKeyDown={(event) => {
        if (event.repeat && event.key === 'Enter') event.preventDefault();
      }}
    >
      <p id={labelId} class="visually-hidden">
        {doubt?.text ?? question.text}
      </p>
      {question.help && !doubt && <p class="help">{question.help}</p>}
      {doubt ? (
        <div class="replies" role="group" aria-labelledby={labelId} part="replies">
          {doubt.replies.map((reply) => (
            <button type="button" class="reply" part="reply" key={reply.label} onClick={single(reply.choose)}>
              {reply.label}
            </button>
          ))}
        </div>
      ) : (
        (question.options.length > 0 || question.canSayDontKnow) && (
          <div class="replies" role="group" aria-labelledby={labelId} part="replies">
            {question.options.map((option, index) => (
              <button
                type="button"
                class="reply"
                part="reply"
                key={String(option.value)}
                ref={index === 0 ? (first as preact.Ref<HTMLButtonElement>) : undefined}
                onClick={single(() => onAnswer(option.value))}
              >
                {option.label}
              </button>
            ))}
            {question.canSayDontKnow && (
              <button type="button" class="reply reply-unsure" part="reply" onClick={single(() => onAnswer(DONT_KNOW))}>
                {dontKnowLabel}
              </button>
            )}
          </div>
        )
      )}
      <div class="typed">
        <input
          ref={question.options.length === 0 ? (first as preact.Ref<HTMLInputElement>) : undefined}
          type={INPUT_TYPE[question.kind] as 'text'}
          inputMode={question.kind === 'amount' || question.kind === 'weight' || question.kind === 'number' ? 'decimal' : undefined}
          aria-labelledby={labelId}
          data-kind={question.kind}
          placeholder={question.kind === 'date' ? datePlaceholder : question.kind === 'time' ? undefined : placeholder}
          value={typed}
          maxLength={200}
          autoComplete="off"
          onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
          part="input"
        />
        <button type="submit" class="send" part="send">
          {sendLabel}
        </button>
      </div>
    </form>
  );
}
