/**
 * The form view's edits, made to the JSON text itself: a value is replaced where it stands (the rest of
 * the file, its layout and the editor's undo history are kept), and a missing field of an existing
 * object is added at its start. The text stays the one source; the form only reads it.
 */
import { objectKeysAt, parseJsonTree, valueAt } from './json-paths.ts';
import type { PathKey } from './json-paths.ts';

export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

/**
 * The change to the text that sets `path` to `value`; null where the path's object does not exist.
 * @example valueEdit('{"store": {"name": "A"}}', ['store', 'name'], 'B') // { from: 19, to: 22, insert: '"B"' }
 */
export function valueEdit(text: string, path: readonly PathKey[], value: unknown): TextEdit | null {
  const tree = parseJsonTree(text);
  const insert = JSON.stringify(value);
  const existing = valueAt(tree, text, path);
  if (existing) return { from: existing.from, to: existing.to, insert };
  const key = path.at(-1);
  const owner = valueAt(tree, text, path.slice(0, -1));
  if (owner?.name !== 'Object' || typeof key !== 'string') return null;
  const empty = objectKeysAt(tree, text, path.slice(0, -1)).length === 0;
  return { from: owner.from + 1, to: owner.from + 1, insert: ` ${JSON.stringify(key)}: ${insert}${empty ? ' ' : ','}` };
}
