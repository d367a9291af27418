/**
 * A page's own messages over a catalogue (`registerLanguage`): loaded only on a page that gives some, so a shopper
 * of any other page downloads none of this.
 */
import type { Language } from '../locale.ts';
import type { Messages } from './en.ts';

/**
 * `over`'s messages in place of `base`'s, key by key. A value of another kind than the one it replaces is not used,
 * so a page's slip cannot break the conversation; a new string key is a plural form the base has not ("few").
 * @example merged({ ui: { send: 'Send', close: 'Close' } }, { ui: { send: 'Go' } }) // { ui: { send: 'Go', close: 'Close' } }
 */
export function merged(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base))
    return typeof over === typeof base && Array.isArray(over) === Array.isArray(base) ? over : base;
  if (typeof over !== 'object' || over === null) return base;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (Object.hasOwn(base, key)) result[key] = merged((base as Record<string, unknown>)[key], value);
    else if (typeof value === 'string') result[key] = value;
  }
  return result;
}

/** The catalogue with the page's messages over it; the catalogue alone (and a console error) when they cannot be had. */
export async function withPageMessages(catalogue: Messages, own: NonNullable<Language['messages']>): Promise<Messages> {
  try {
    return merged(catalogue, typeof own === 'function' ? await own() : own) as Messages;
  } catch (error) {
    console.error(`return-assistant: the page's messages could not be loaded (${String(error)}); the widget's own are used`);
    return catalogue;
  }
}
