import { describe, expect, it } from 'vitest';
import { igarden, imicro } from '../support/policies.ts';
import { currentQuestion, SNAPSHOT_VERSION, startConversation, storageKey } from '../../src/conversation/index.ts';
import type { StorageAccess } from '../../src/conversation/index.ts';
import type { Facts } from '../../src/policy/index.ts';
import { conversationPaths } from './paths.ts';
import { NOW, zone } from './support.ts';

/** sessionStorage as a Map, with switches to make it fail the ways browsers do. */
function memoryStorage(options: { openThrows?: boolean; setThrows?: boolean } = {}) {
  const items = new Map<string, string>();
  const access: StorageAccess = {
    open: () => {
      if (options.openThrows) throw new DOMException('The operation is insecure.', 'SecurityError');
      return {
        getItem: (key: string) => items.get(key) ?? null,
        setItem: (key: string, value: string) => {
          if (options.setThrows) throw new DOMException('Quota exceeded', 'QuotaExceededError');
          items.set(key, value);
        },
        removeItem: (key: string) => void items.delete(key),
      };
    },
  };
  return { items, access };
}

const start = (storage: StorageAccess, policy = igarden, instance = 'default') =>
  startConversation({ policy, now: NOW, timeZone: zone, locale: 'en', storage, instance });

const path = ['defective', 'store', 'domestic', '2026-11-21', '15:00', 'paypal', '129.99'];

describe('a reload restores the conversation', () => {
  it('at every step of every iGarden path, to the same state, answers and decision', () => {
    for (const { sent } of conversationPaths(igarden, {}, NOW, zone).filter((_, index) => index % 4 === 0)) {
      const { access } = memoryStorage();
      const before = start(access);
      for (const answer of sent) {
        before.send({ type: 'answer.submit', answer });
        const after = start(access);
        expect(after.getSnapshot().value).toEqual(before.getSnapshot().value);
        expect(after.getSnapshot().context.answers).toEqual(before.getSnapshot().context.answers);
        expect(after.getSnapshot().context.decision).toEqual(before.getSnapshot().context.decision);
        expect(after.getSnapshot().context.notice).toBe('restored');
      }
    }
  });

  it('keeps two widgets of different stores, and two of the same store, apart', () => {
    const { access, items } = memoryStorage();
    const garden = start(access, igarden, 'a');
    const micro = start(access, imicro, 'a');
    const gardenTwo = start(access, igarden, 'b');
    garden.send({ type: 'answer.submit', answer: 'cancel-order' });
    micro.send({ type: 'answer.submit', answer: 'defective' });
    expect([...items.keys()].sort()).toEqual([storageKey('igarden', 'a'), storageKey('imicro', 'a')]);
    expect(gardenTwo.getSnapshot().context.answers).toEqual([]);
    expect(
      start(access, imicro, 'a')
        .getSnapshot()
        .context.answers.map((a) => a.value),
    ).toEqual(['defective']);
  });

  it('start over forgets the saved answers', () => {
    const { access, items } = memoryStorage();
    const actor = start(access);
    actor.send({ type: 'answer.submit', answer: 'defective' });
    actor.send({ type: 'conversation.restart' });
    expect(items.size).toBe(0);
    expect(start(access).getSnapshot().context.answers).toEqual([]);
    expect(currentQuestion(start(access).getSnapshot().context)?.key).toBe('situation');
  });
});

describe('saved state that cannot be used starts afresh with a notice', () => {
  const saved = (answers: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: SNAPSHOT_VERSION, policy: 'igarden', instance: 'default', answers, ...extra });
  it.each([
    ['corrupt JSON', '{"version":2,"answers":[{"key":'],
    ['an older version', saved([{ key: 'situation', value: 'defective', display: 'x' }], { version: 0 })],
    ['another store', saved([{ key: 'situation', value: 'defective', display: 'x' }], { policy: 'imicro' })],
    ['another widget', saved([{ key: 'situation', value: 'defective', display: 'x' }], { instance: 'other' })],
    ['an unknown question', saved([{ key: 'favouriteColour', value: 'green', display: 'green' }])],
    ['an answer that is an object', saved([{ key: 'situation', value: { evil: true }, display: 'x' }])],
    ['a huge answer', saved([{ key: 'situation', value: 'x'.repeat(5000), display: 'x' }])],
    ['null', 'null'],
  ])('%s', (_name, text) => {
    const { access, items } = memoryStorage();
    items.set(storageKey('igarden', 'default'), text);
    const actor = start(access);
    expect(actor.getSnapshot().context).toMatchObject({ answers: [], notice: 'discarded' });
    expect(currentQuestion(actor.getSnapshot().context)?.key).toBe('situation');
    expect(items.has(storageKey('igarden', 'default'))).toBe(false);
  });

  it('a saved answer the policy now rejects is asked again; the others are kept', () => {
    const { access, items } = memoryStorage();
    items.set(
      storageKey('igarden', 'default'),
      saved([
        { key: 'situation', value: 'changed-mind', display: 'x' },
        { key: 'soldBy', value: 'store', display: 'x' },
        { key: 'deliveredAt', value: '2099-01-01', display: 'x' },
      ]),
    );
    const { context } = start(access).getSnapshot();
    expect(context.answers.map((a) => a.key)).toEqual(['situation', 'soldBy']);
    expect(context.decision.settled ? null : context.decision.needed[0]).toEqual({ fact: 'deliveredAt', precision: 'value' });
  });
});

describe('storage that throws', () => {
  it('when merely opening it throws (cookies blocked), the conversation runs in memory and says so', () => {
    const { access } = memoryStorage({ openThrows: true });
    const actor = start(access);
    expect(actor.getSnapshot().context.notice).toBe('memoryOnly');
    for (const answer of path) actor.send({ type: 'answer.submit', answer });
    expect(actor.getSnapshot().matches('decided')).toBe(true);
  });

  it('when saving throws (quota), the answers are kept in memory and the shopper is told once', () => {
    const { access } = memoryStorage({ setThrows: true });
    const actor = start(access);
    actor.send({ type: 'answer.submit', answer: 'defective' });
    expect(actor.getSnapshot().context).toMatchObject({ notice: 'memoryOnly', answers: [{ key: 'situation', value: 'defective' }] });
    actor.send({ type: 'notice.dismiss' });
    actor.send({ type: 'answer.submit', answer: 'store' });
    expect(actor.getSnapshot().context.notice).toBeNull();
    expect(actor.getSnapshot().context.answers).toHaveLength(2);
  });

  it('a page that patches Array.prototype.toJSON cannot change what is saved', () => {
    const { access, items } = memoryStorage();
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    // What Prototype.js 1.6 does: arrays serialise themselves to a JSON string, so JSON.stringify double-encodes them.
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map((item) => JSON.stringify(item)).join(',')}]`;
    };
    try {
      const actor = start(access);
      actor.send({ type: 'answer.submit', answer: 'defective' });
      actor.send({ type: 'answer.submit', answer: 'store' });
      expect(start(access).getSnapshot().context.answers).toEqual(actor.getSnapshot().context.answers);
      expect(JSON.stringify([1])).toBe('"[1]"');
      expect(JSON.parse(items.get(storageKey('igarden', 'default'))!).answers).toHaveLength(2);
    } finally {
      delete proto.toJSON;
    }
  });
});

describe('facts the page changes', () => {
  it('leave the saved answers they make moot saved, until the shopper changes something: changed back, they apply again', () => {
    const { access } = memoryStorage();
    const open = (hostFacts: Facts) => startConversation({ policy: imicro, hostFacts, now: NOW, timeZone: zone, locale: 'en', storage: access });
    const standard = open({ category: 'standard', soldBy: 'store' });
    for (const answer of ['changed-mind', '2026-11-10']) standard.send({ type: 'answer.submit', answer });
    const given = standard.getSnapshot().context.answers.map((answer) => answer.key);
    expect(given).toEqual(['situation', 'invoiceDate']);
    // Another category, on which a change of mind is decided at once: only the first answer applies.
    const digital = open({ category: 'digital', soldBy: 'store' });
    expect(digital.getSnapshot().context.answers.map((answer) => answer.key)).toEqual(['situation']);
    digital.send({ type: 'page.factsChanged' });
    // The category back: every answer applies again.
    expect(
      open({ category: 'standard', soldBy: 'store' })
        .getSnapshot()
        .context.answers.map((answer) => answer.key),
    ).toEqual(given);
    // What the shopper does on the other facts is saved as it is.
    digital.send({ type: 'conversation.restart' });
    expect(open({ category: 'standard', soldBy: 'store' }).getSnapshot().context.answers).toEqual([]);
  });
});
