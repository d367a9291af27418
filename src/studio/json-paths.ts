/**
 * Between the validator's JSON paths (`rules[2].window.days`) and places in the text the merchant
 * types: where a path stands, which path a cursor is on, and where a JSON syntax error is. Read with
 * the Lezer JSON parser, which keeps going past errors, so a half-typed file still has its places.
 */
import { parser } from '@lezer/json';
import type { SyntaxNode, Tree } from '@lezer/common';

export type PathKey = string | number;

/** `rules[2].window.days` → `['rules', 2, 'window', 'days']`; `(policy)` and `(table)` → `[]`. */
export function parsePath(path: string): PathKey[] {
  if (path.startsWith('(')) return [];
  const keys: PathKey[] = [];
  for (const part of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) keys.push(part[1] !== undefined ? Number(part[1]) : part[2]!);
  return keys;
}

/** `['rules', 2, 'window']` → `rules[2].window` */
export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

export interface Place {
  /** The range to mark: a scalar value, else the key that names the value, else its opening bracket. */
  from: number;
  to: number;
  /** False when the path stops short (a missing field): the place is the nearest part that exists. */
  found: boolean;
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

export function parseJsonTree(text: string): Tree {
  return parser.parse(text);
}

function valueChildren(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) if (VALUE_NODES.has(child.name)) out.push(child);
  return out;
}

function keyOf(property: SyntaxNode, text: string): string | null {
  const name = property.getChild('PropertyName');
  if (!name) return null;
  try {
    return JSON.parse(text.slice(name.from, name.to)) as string;
  } catch {
    return null;
  }
}

/** The value a property holds (after its colon), if it has one. */
function propertyValue(property: SyntaxNode): SyntaxNode | null {
  return valueChildren(property)[0] ?? null;
}

/**
 * Where a validator path stands in the text.
 * @example locatePath('{"a": {"b": 1}}', 'a.b') // { from: 12, to: 13, found: true }
 */
export function locatePath(text: string, path: string | readonly PathKey[], tree: Tree = parseJsonTree(text)): Place {
  const keys = typeof path === 'string' ? parsePath(path) : path;
  let node = valueChildren(tree.topNode)[0];
  if (!node) return { from: 0, to: Math.min(1, text.length), found: false };
  let keyRange: { from: number; to: number } | null = null;
  const mark = (found: boolean): Place => {
    const scalar = node!.name !== 'Object' && node!.name !== 'Array';
    if (scalar && found) return { from: node!.from, to: node!.to, found };
    if (keyRange) return { ...keyRange, found };
    return { from: node!.from, to: node!.from + 1, found };
  };
  for (const key of keys) {
    let next: SyntaxNode | null = null;
    let nextKey: { from: number; to: number } | null = null;
    if (typeof key === 'string' && node.name === 'Object') {
      for (let property = node.firstChild; property; property = property.nextSibling) {
        if (property.name !== 'Property' || keyOf(property, text) !== key) continue;
        const name = property.getChild('PropertyName')!;
        nextKey = { from: name.from, to: name.to };
        next = propertyValue(property);
        // A key with no value yet (`"days": }`): the key is the place.
        if (!next) return { ...nextKey, found: false };
      }
    } else if (typeof key === 'number' && node.name === 'Array') {
      next = valueChildren(node)[key] ?? null;
    }
    if (!next) return mark(false);
    node = next;
    keyRange = nextKey ?? { from: next.from, to: next.name === 'Object' || next.name === 'Array' ? next.from + 1 : next.to };
  }
  return mark(true);
}

export interface CursorPlace {
  /** The path of the value or property the cursor is in. */
  path: PathKey[];
  /** On a property's name (or where one is being typed), rather than on a value. */
  onKey: boolean;
  /** The node under the cursor, for completion ranges. */
  node: SyntaxNode;
}

const TOKENS = new Set(['PropertyName', 'String', 'Number', 'True', 'False', 'Null', '⚠']);

/**
 * The JSON path at a position of the text (for completion and hover). Right after `"key":` is the value
 * of that key, whatever the parser made of the half-typed text that follows.
 */
export function pathAt(tree: Tree, text: string, pos: number): CursorPlace {
  const node = tree.resolveInner(pos, -1);
  const typedFrom = TOKENS.has(node.name) && node.from < pos ? node.from : pos;
  const before = text.slice(0, typedFrom).trimEnd();
  const colon = /"((?:[^"\\]|\\.)*)"\s*:$/.exec(before);
  if (colon) {
    const owner = structuralPathAt(tree, text, before.length - colon[0].length + 1);
    try {
      return { path: [...owner.path, JSON.parse(`"${colon[1]!}"`) as string], onKey: false, node };
    } catch {
      return { ...owner, node };
    }
  }
  return structuralPathAt(tree, text, pos);
}

/** The path from the syntax tree alone: the node under the cursor and its ancestors. */
function structuralPathAt(tree: Tree, text: string, pos: number): CursorPlace {
  const node = tree.resolveInner(pos, -1);
  const path: PathKey[] = [];
  let onKey = node.name === 'PropertyName' || (node.name === '⚠' && node.parent?.name === 'Object');
  // An object's braces or the space between its properties: a place for a new key.
  if (node.name === 'Object' || node.name === '{' || node.name === ',') onKey = node.name === 'Object' || node.parent?.name === 'Object';
  // Just after a colon: the value of this property is being typed.
  if (node.name === 'Property') {
    const key = keyOf(node, text);
    if (key !== null) path.push(key);
    onKey = false;
  }
  let child: SyntaxNode = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.name === 'Property') {
      const key = keyOf(parent, text);
      if (key !== null && !(child.name === 'PropertyName' && child === node)) path.unshift(key);
    } else if (parent.name === 'Array' && VALUE_NODES.has(child.name)) {
      path.unshift(valueChildren(parent).findIndex((item) => item.from === child.from));
    }
  }
  return { path, onKey, node };
}

export interface JsonSyntaxError {
  message: string;
  /** Offset of the error in the text. */
  at: number;
  line: number;
  column: number;
}

/** Line (from 1) and column (from 1) of an offset. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Parses JSON, or says where it breaks: the offset JavaScript's parser reports (`at position N`),
 * or, for messages without one, the first error the Lezer parser finds.
 * @example parseJson('{"a": }') // { ok: false, error: { line: 1, column: 7, … } }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const reported = /at position (\d+)/.exec(message);
    let at = reported ? Number(reported[1]) : -1;
    if (at < 0) {
      parseJsonTree(text).iterate({
        enter: (node) => {
          if (at < 0 && node.type.isError) at = node.from;
          return at < 0;
        },
      });
    }
    if (at < 0) at = text.length;
    // "Expected ',' or '}' after property value" is reported at the next token; the comma is missing where the value ends.
    if (/after (?:property value|array element)/.test(message)) at = text.slice(0, at).trimEnd().length;
    const clean = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    return { ok: false, error: { message: clean, at, ...lineAndColumn(text, at) } };
  }
}

/** The value node at a path, or null where the path does not lead. */
export function valueAt(tree: Tree, text: string, path: readonly PathKey[]): SyntaxNode | null {
  let node: SyntaxNode | null = valueChildren(tree.topNode)[0] ?? null;
  for (const key of path) {
    if (!node) return null;
    if (typeof key === 'number') node = node.name === 'Array' ? (valueChildren(node)[key] ?? null) : null;
    else {
      let next: SyntaxNode | null = null;
      if (node.name === 'Object')
        for (let p = node.firstChild; p; p = p.nextSibling) if (p.name === 'Property' && keyOf(p, text) === key) next = propertyValue(p);
      node = next;
    }
  }
  return node;
}

/** The keys of the object at `path` (for completion: keys already there are not offered again). */
export function objectKeysAt(tree: Tree, text: string, path: readonly PathKey[]): string[] {
  const node = valueAt(tree, text, path);
  const keys: string[] = [];
  if (node?.name !== 'Object') return keys;
  for (let p = node.firstChild; p; p = p.nextSibling) {
    const key = p.name === 'Property' ? keyOf(p, text) : null;
    if (key !== null) keys.push(key);
  }
  return keys;
}
