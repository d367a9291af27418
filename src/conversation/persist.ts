/**
 * Keeps a conversation across reloads and pages of the same site: a versioned
 * snapshot of the answers in sessionStorage, one key per store and widget.
 * Storage that is missing, throws (private mode, cookies blocked, quota) or holds
 * something unreadable never breaks the conversation: it goes on in memory.
 */
import type { Policy } from '../policy/index.ts';
import type { Answer } from './answers.ts';
import { groupOf } from './questions.ts';
import type { NoticeCode } from './machine.ts';

/** 2: answers to a format-2 policy (facts declared by the policy, "I don't know" answers). */
export const SNAPSHOT_VERSION = 2;
const MAX_ANSWERS = 50;
const MAX_TEXT = 300;

interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  policy: string;
  instance: string;
  answers: Answer[];
}

/** Where the conversation is kept; `open` may throw, and so may every call on what it returns. */
export interface StorageAccess {
  open: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

export function storageKey(policyId: string, instance: string): string {
  return `return-assistant:${policyId}:${instance}`;
}

function isAnswer(policy: Policy, value: unknown): value is Answer {
  if (typeof value !== 'object' || value === null) return false;
  const { key, value: answer, display, unknown } = value as Record<string, unknown>;
  const [fact, part, ...rest] = typeof key === 'string' ? key.split('.') : [];
  const declared = (name: string) => name === 'situation' || Object.hasOwn(policy.facts, name);
  return (
    fact !== undefined &&
    (unknown === undefined || unknown === true) &&
    (declared(fact) || (groupOf(policy, fact) !== undefined && part === undefined)) &&
    (part === undefined || part === 'time') &&
    rest.length === 0 &&
    (typeof answer === 'string' || typeof answer === 'boolean' || (typeof answer === 'number' && Number.isFinite(answer))) &&
    (typeof answer !== 'string' || answer.length <= MAX_TEXT) &&
    typeof display === 'string' &&
    display.length <= MAX_TEXT
  );
}

/** The answers read back, checked field by field; anything else is a fresh start with a notice. */
export function restoreAnswers(storage: StorageAccess, policy: Policy, instance: string): { answers: Answer[]; notice: NoticeCode | null; available: boolean } {
  const policyId = policy.id;
  const key = storageKey(policyId, instance);
  let text: string | null;
  try {
    text = storage.open()?.getItem(key) ?? null;
  } catch {
    return { answers: [], notice: 'memoryOnly', available: false };
  }
  if (text === null) return { answers: [], notice: null, available: true };
  try {
    const snapshot = JSON.parse(text) as Partial<Snapshot>;
    const valid =
      snapshot !== null &&
      typeof snapshot === 'object' &&
      snapshot.version === SNAPSHOT_VERSION &&
      snapshot.policy === policyId &&
      snapshot.instance === instance &&
      Array.isArray(snapshot.answers) &&
      snapshot.answers.length <= MAX_ANSWERS &&
      snapshot.answers.every((answer) => isAnswer(policy, answer));
    if (valid && snapshot.answers!.length > 0) {
      const answers = snapshot.answers!.map(({ key: k, value, display, unknown }) => ({ key: k, value, display, ...(unknown ? { unknown } : {}) }));
      return { answers, notice: 'restored', available: true };
    }
    if (valid) return { answers: [], notice: null, available: true };
  } catch {
    // Not JSON: fall through to a fresh start.
  }
  try {
    storage.open()?.removeItem(key);
  } catch {
    // Nothing more to do: the conversation starts afresh in any case.
  }
  return { answers: [], notice: 'discarded', available: true };
}

/**
 * True when something is saved for this policy and instance (a conversation to restore when the panel opens, or data
 * that turns out not to be one). Only reads: restoring it, and saying what was wrong with it, is `restoreAnswers`'s.
 */
export function hasSavedAnswers(storage: StorageAccess, policy: Policy, instance: string): boolean {
  try {
    return Boolean(storage.open()?.getItem(storageKey(policy.id, instance)));
  } catch {
    return false;
  }
}

/**
 * Saves the answers; false when storage refused (the conversation then lives in memory).
 * Written by hand, not with JSON.stringify of the array, so a page that patches
 * `Array.prototype.toJSON` (old Prototype.js) cannot change what is saved.
 */
export function saveAnswers(storage: StorageAccess, policyId: string, instance: string, answers: readonly Answer[]): boolean {
  const items = answers.map(
    (answer) =>
      `{"key":${JSON.stringify(answer.key)},"value":${JSON.stringify(answer.value)},"display":${JSON.stringify(answer.display)}${answer.unknown ? ',"unknown":true' : ''}}`,
  );
  const text = `{"version":${SNAPSHOT_VERSION},"policy":${JSON.stringify(policyId)},"instance":${JSON.stringify(instance)},"answers":[${items.join(',')}]}`;
  try {
    const store = storage.open();
    if (!store) return false;
    if (answers.length === 0) store.removeItem(storageKey(policyId, instance));
    else store.setItem(storageKey(policyId, instance), text);
    return true;
  } catch {
    return false;
  }
}

/** The browser's sessionStorage, reached lazily: merely reading `window.sessionStorage` throws when cookies are blocked. */
export const sessionStorageAccess: StorageAccess = {
  open: () => (typeof window === 'undefined' ? null : window.sessionStorage),
};

/** Storage that keeps nothing: for tests, and for pages that opt out. */
export const noStorage: StorageAccess = { open: () => null };
