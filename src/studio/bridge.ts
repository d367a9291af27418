/** The one editor of the page, for the panels that point into the text (a problem, a quote, a clause). */
import { policyText } from './state.ts';
import type { PolicyEditor } from './editor.ts';
import { locatePath } from './json-paths.ts';
import type { PathKey } from './json-paths.ts';

let editor: PolicyEditor | null = null;

export function setEditor(instance: PolicyEditor | null): void {
  editor = instance;
}

/** Selects a range of the policy text and focuses the editor there. */
export function reveal(from: number, to: number): void {
  editor?.reveal(from, to);
}

/** Selects what a JSON path names (a rule, a quote) and focuses the editor there. */
export function revealPath(path: string | readonly PathKey[]): void {
  const { from, to } = locatePath(policyText.value, path);
  reveal(from, to);
}

/** Replaces the text in the editor (one undoable change). */
export function replaceText(text: string): void {
  editor?.setText(text);
}

/** Changes part of the text (a form edit), as one undoable change. */
export function applyEdit(edit: { from: number; to: number; insert: string }): void {
  editor?.view.dispatch({ changes: edit });
}
