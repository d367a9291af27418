/** What the floor pages run: Preact, signals and XState, used once or to show one question. */
import { signal } from '@preact/signals';
import { h, render } from 'preact';
import { createActor, createMachine } from 'xstate';

/** Each library used once, nothing shown. */
export function use(root: HTMLElement): void {
  const count = signal(0);
  const actor = createActor(createMachine({ initial: 'idle', states: { idle: { on: { tick: { target: 'idle' } } } } })).start();
  actor.subscribe(() => count.value++);
  actor.send({ type: 'tick' });
  render(h('span', { hidden: true }, count), root);
}

const REPLIES = ['I changed my mind', 'It is faulty', 'It arrived damaged', 'I want to cancel'];

/** One question and its replies in a panel, from a one-state machine: the least a panel on this stack does. */
export function open(root: HTMLElement): void {
  const actor = createActor(createMachine({ initial: 'asking', states: { asking: { on: { answer: { target: 'done' } } }, done: {} } })).start();
  const state = signal(actor.getSnapshot().value);
  actor.subscribe((snapshot) => {
    state.value = snapshot.value;
  });
  render(
    h(
      'section',
      { class: 'panel', 'aria-label': 'Returns' },
      h('div', { role: 'log' }, h('p', { class: 'bubble assistant' }, 'What happened?')),
      h(
        'div',
        { class: 'composer', role: 'group', 'aria-label': 'What happened?' },
        REPLIES.map((reply) => h('button', { type: 'button', class: 'reply', onClick: () => actor.send({ type: 'answer' }) }, reply)),
        h('input', { 'aria-label': 'Or type it' }),
      ),
    ),
    root,
  );
}
