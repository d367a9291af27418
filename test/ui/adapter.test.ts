import { describe, expect, it } from 'vitest';
import { startConversation } from '../../src/conversation/index.ts';
import { connect } from '../../src/ui/adapter.ts';
import { igarden } from '../support/policies.ts';
import { NOW, zone } from '../conversation/support.ts';

const start = () => startConversation({ policy: igarden, now: NOW, timeZone: zone, locale: 'en' });

/** A stand-in for "the next task": callbacks queued until the test runs them. */
function queue() {
  const waiting: (() => void)[] = [];
  return {
    later: (callback: () => void) => void waiting.push(callback),
    run: () => {
      for (let callback = waiting.shift(); callback; callback = waiting.shift()) callback();
    },
    get size() {
      return waiting.length;
    },
  };
}

describe('the actor meets the view', () => {
  it('without `later` or `defer`, an answer reaches the actor and the view at once', () => {
    const actor = start();
    const model = connect(actor);
    model.send({ type: 'answer.submit', answer: 'changed-mind' });
    expect(actor.getSnapshot().context.answers).toHaveLength(1);
    expect(model.snapshot.value).toBe(actor.getSnapshot());
    model.dispose();
  });

  it('with `defer`, an answer reaches the actor only when called back, and a second tap meanwhile is dropped', () => {
    const actor = start();
    const tasks = queue();
    const model = connect(actor, tasks.later, tasks.later);
    const before = model.snapshot.value;
    model.send({ type: 'answer.submit', answer: 'changed-mind' });
    model.send({ type: 'answer.submit', answer: 'changed-mind' });
    expect(actor.getSnapshot().context.answers).toHaveLength(0);
    expect(tasks.size).toBe(1);
    tasks.run();
    // Taken once; drawn once, with the newest snapshot.
    expect(actor.getSnapshot().context.answers.map((answer) => answer.key)).toEqual(['situation']);
    expect(model.snapshot.value).not.toBe(before);
    expect(model.snapshot.value).toBe(actor.getSnapshot());
    model.dispose();
  });

  it('until a change is drawn, what the view sends is dropped; after it, it is taken', () => {
    const actor = start();
    const changes = queue();
    const sends = queue();
    const model = connect(actor, changes.later, sends.later);
    model.send({ type: 'answer.submit', answer: 'changed-mind' });
    sends.run();
    // Taken, not yet drawn: a tap on the old question's reply is not an answer to the new one.
    model.send({ type: 'answer.submit', answer: 'store' });
    expect(sends.size).toBe(0);
    changes.run();
    model.send({ type: 'answer.submit', answer: 'store' });
    sends.run();
    expect(actor.getSnapshot().context.answers.map((answer) => answer.key)).toEqual(['situation', 'soldBy']);
    model.dispose();
  });

  it('an answer deferred past the panel closing is not sent, and nothing is drawn after it', () => {
    const actor = start();
    const tasks = queue();
    const model = connect(actor, tasks.later, tasks.later);
    const shown = model.snapshot.value;
    model.send({ type: 'answer.submit', answer: 'changed-mind' });
    model.dispose();
    tasks.run();
    expect(actor.getSnapshot().context.answers).toHaveLength(0);
    expect(model.snapshot.value).toBe(shown);
  });
});
