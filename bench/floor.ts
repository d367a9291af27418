/**
 * The floor page's script (`npm run bench`): Preact, signals and XState loaded and each used once, drawing nothing a
 * shopper would see. What the widget costs beyond this is what its own code costs.
 */
import { signal } from '@preact/signals';
import { h, render } from 'preact';
import { createActor, createMachine } from 'xstate';

const root = document.createElement('div');
document.body.append(root);
const count = signal(0);
const actor = createActor(createMachine({ initial: 'idle', states: { idle: { on: { tick: { target: 'idle' } } } } })).start();
actor.subscribe(() => count.value++);
actor.send({ type: 'tick' });
render(h('span', { hidden: true }, count), root);
