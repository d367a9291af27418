/**
 * The policy editor: CodeMirror 6 with JSON, completion and hover from the policy's JSON Schema, and
 * lint from the project's own validator (every finding at its path, with its suggestion) as the
 * merchant types. Tab is left to move focus out of the editor, so keyboard users are never trapped.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { syntaxTree } from '@codemirror/language';
import { forceLinting, linter, lintGutter } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { EditorSelection } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import type { Tooltip } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { Analysis } from './diagnostics.ts';
import { formatPath, objectKeysAt, pathAt } from './json-paths.ts';
import { helpFor, keySuggestions, valueSuggestions } from './schema-help.ts';
import type { JsonSchema } from './schema-help.ts';

/** Keys whose value names a fact: completed with the facts the file declares. */
const FACT_KEYS = new Set(['fact', 'from', 'until', 'purchasedOn']);

function completions(schema: JsonSchema) {
  return (context: CompletionContext): CompletionResult | null => {
    const tree = syntaxTree(context.state);
    const text = context.state.doc.toString();
    const place = pathAt(tree, text, context.pos);
    const node = place.node;
    const typed = ['PropertyName', 'String', 'Number', 'True', 'False', 'Null', '⚠'].includes(node.name);
    const from = typed ? node.from : context.pos;
    if (!typed && !context.explicit && place.onKey) return null;
    if (place.onKey) {
      const present = objectKeysAt(tree, text, place.path);
      const options: Completion[] = keySuggestions(schema, place.path, present).map(({ key, required, help }) => ({
        label: JSON.stringify(key),
        apply: `${JSON.stringify(key)}: `,
        detail: required ? 'required' : '',
        info: help,
        type: 'property',
      }));
      return options.length ? { from, options, validFor: /^"?[\w$-]*"?$/ } : null;
    }
    const key = place.path.at(-1);
    const values = valueSuggestions(schema, place.path).map((value): Completion => ({ label: value, type: 'enum', info: helpFor(schema, place.path) }));
    if (typeof key === 'string' && FACT_KEYS.has(key)) {
      for (const fact of ['situation', ...objectKeysAt(tree, text, ['facts'])])
        values.push({ label: JSON.stringify(fact), type: 'variable', detail: 'a fact' });
    }
    return values.length ? { from, options: values, validFor: /^"?[\w-]*"?$/ } : null;
  };
}

function hover(schema: JsonSchema) {
  return (view: EditorView, pos: number): Tooltip | null => {
    const tree = syntaxTree(view.state);
    const text = view.state.doc.toString();
    const place = pathAt(tree, text, pos);
    const node = place.node;
    if (!['PropertyName', 'String', 'Number', 'True', 'False', 'Null'].includes(node.name)) return null;
    let path = place.path;
    if (node.name === 'PropertyName') {
      try {
        path = [...place.path, JSON.parse(text.slice(node.from, node.to)) as string];
      } catch {
        return null;
      }
    }
    return {
      pos: node.from,
      end: node.to,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'field-help';
        const title = document.createElement('strong');
        title.textContent = formatPath(path) || '(policy)';
        const body = document.createElement('p');
        body.textContent = helpFor(schema, path);
        dom.append(title, body);
        return { dom };
      },
    };
  };
}

function diagnostics(analyse: (text: string) => Analysis) {
  return (view: EditorView): Diagnostic[] =>
    analyse(view.state.doc.toString()).findings.map((finding) => ({
      from: finding.from,
      to: Math.max(finding.to, finding.from),
      severity: finding.severity,
      message: `${finding.path}: ${finding.message}${finding.suggestion ? ` — ${finding.suggestion}` : ''}`,
    }));
}

export interface PolicyEditor {
  view: EditorView;
  /** Replaces the whole text (starting from an example, an import), as one undoable change. */
  setText: (text: string) => void;
  /** Selects a range, scrolls it into view and gives the editor focus. */
  reveal: (from: number, to: number) => void;
  destroy: () => void;
}

export interface EditorOptions {
  text: string;
  schema: JsonSchema;
  analyse: (text: string) => Analysis;
  onChange: (text: string) => void;
  label: string;
}

/** Mounts the editor in `parent`. */
export function createPolicyEditor(parent: HTMLElement, options: EditorOptions): PolicyEditor {
  const view = new EditorView({
    parent,
    doc: options.text,
    extensions: [
      basicSetup,
      json(),
      jsonLanguage.data.of({ autocomplete: completions(options.schema) }),
      hoverTooltip(hover(options.schema)),
      linter(diagnostics(options.analyse), { delay: 250 }),
      lintGutter(),
      EditorView.lineWrapping,
      // The content is focusable already; the explicit tabindex lets checkers see that its scrolling box can be reached by keyboard.
      EditorView.contentAttributes.of({ 'aria-label': options.label, tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
    ],
  });
  return {
    view,
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      forceLinting(view);
    },
    reveal(from, to) {
      const end = Math.min(to, view.state.doc.length);
      view.dispatch({ selection: EditorSelection.single(Math.min(from, end), end), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
