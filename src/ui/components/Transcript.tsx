import { useLayoutEffect, useRef } from 'preact/hooks';
import type { QuestionKey } from '../../conversation/index.ts';
import type { Message } from '../transcript.ts';

interface Props {
  messages: Message[];
  changeLabel: string;
  onChange: (key: QuestionKey) => void;
  children?: preact.ComponentChildren;
}

/** The conversation so far: a polite live log, each answer with a button to change it. */
export function Transcript({ messages, changeLabel, onChange, children }: Props) {
  const log = useRef<HTMLDivElement>(null);
  const last = messages.at(-1)?.id;
  // Keep the newest message in view; the result card is scrolled to by its heading getting focus.
  useLayoutEffect(() => {
    if (log.current && !children) log.current.scrollTop = log.current.scrollHeight;
  }, [last, messages.length, children]);
  return (
    <div ref={log} class="transcript" part="transcript" role="log" aria-live="polite" aria-relevant="additions" tabIndex={0}>
      {messages.map((message) => (
        <p key={message.id} class={`bubble ${message.from}${message.tone ? ` ${message.tone}` : ''}`}>
          <span class="text">{message.text}</span>
          {message.answers && (
            <button type="button" class="link" onClick={() => onChange(message.answers!)}>
              {changeLabel}
              <span class="visually-hidden">: {message.text}</span>
            </button>
          )}
        </p>
      ))}
      {children}
    </div>
  );
}
