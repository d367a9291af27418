/**
 * A build step for pages that freeze JavaScript's built-ins (SES `lockdown()`, hardened JS, some wallets and
 * sandboxes). There, `Thing.prototype.valueOf = …` throws: an assignment cannot shadow a property that a frozen
 * prototype up the chain holds as read-only (the "override mistake"). @preact/signals writes `valueOf`,
 * `toString` and `toJSON` on its Signal prototype that way, so the panel never opened on such a page.
 *
 * In the libraries bundled into the widget (XState, Preact, signals) only, each assignment to a prototype
 * property that a built-in prototype also has becomes `Object.defineProperty`, which defines the property on
 * the library's own object whatever its ancestors hold: writable and configurable, as a class's method is.
 */
import type { Plugin } from 'vite';

/**
 * Every name a frozen built-in prototype holds that a library could assign on its own prototypes; not `__proto__`,
 * whose assignment sets the prototype itself.
 */
const BUILT_IN_NAMES = new Set(
  [Object.prototype, Function.prototype, Array.prototype, Error.prototype, Promise.prototype, Date.prototype, RegExp.prototype, String.prototype]
    .flatMap((prototype) => Object.getOwnPropertyNames(prototype))
    .filter((name) => name !== '__proto__'),
);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The property name of `a.b` or `a["b"]`, if it is written out. */
function propertyName(member: Node): string | null {
  const property = member.property as Node;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (member.computed && property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return null;
}

/** `X.prototype.name = value` where a built-in prototype also has `name`. */
function overridesBuiltIn(node: Node): string | null {
  if (node.type !== 'AssignmentExpression' || node.operator !== '=') return null;
  const target = node.left as Node;
  if (target.type !== 'MemberExpression') return null;
  const owner = target.object as Node;
  const name = propertyName(target);
  if (name === null || !BUILT_IN_NAMES.has(name) || owner.type !== 'MemberExpression' || propertyName(owner) !== 'prototype') return null;
  return name;
}

/** Calls `visit` on every node with its parent. */
function walk(node: Node, parent: Node | null, visit: (node: Node, parent: Node | null) => void): void {
  visit(node, parent);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => isNode(child) && walk(child, node, visit));
    else if (isNode(value)) walk(value, node, visit);
  }
}

/**
 * The build step, for the widget's Vite config.
 * @example plugins: [lockdownSafe()]
 */
export function lockdownSafe(): Plugin {
  return {
    name: 'return-assistant:lockdown-safe',
    transform(code, id) {
      if (!/node_modules\/(xstate|preact|@preact)\//.test(id) || !/\.prototype\b/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      walk(this.parse(code) as unknown as Node, null, (node, parent) => {
        const name = overridesBuiltIn(node);
        // One inside another's value (`a.prototype.x = b.prototype.x = f`) is left as it is: rare, and not in these libraries.
        if (name === null || edits.some((edit) => edit.start <= node.start && node.end <= edit.end)) return;
        const target = node.left as Node;
        const owner = code.slice((target.object as Node).start, (target.object as Node).end);
        const value = code.slice((node.right as Node).start, (node.right as Node).end);
        const define = `Object.defineProperty(${owner},${JSON.stringify(name)},{value:${value},writable:!0,configurable:!0})`;
        // The assignment's own value is used only where it is not a statement or a non-final part of a sequence.
        const sequence = parent?.type === 'SequenceExpression' ? (parent.expressions as Node[]) : null;
        const unused = parent?.type === 'ExpressionStatement' || (sequence !== null && sequence.at(-1) !== node);
        edits.push({ start: node.start, end: node.end, text: unused ? define : `${define}[${JSON.stringify(name)}]` });
      });
      if (!edits.length) return null;
      let rewritten = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
      return { code: rewritten, map: null };
    },
  };
}
