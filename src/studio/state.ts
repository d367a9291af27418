/**
 * The studio's state, as signals: the policy text as typed, its analysis (checked a moment after the
 * merchant stops typing), the last valid policy (what the preview, the questions, the scenarios and
 * the publish view use), the scenario table and the pasted returns page. Saved as a draft on change.
 */
import { computed, effect, signal } from '@preact/signals';
import type { Policy, ScenarioTable } from '../policy/index.ts';
import { analysePolicy } from './diagnostics.ts';
import type { Analysis } from './diagnostics.ts';
import { draftStore } from './drafts.ts';
import type { Draft } from './drafts.ts';
import { readTableText, tableText } from './scenario-table.ts';

/** How long typing must pause before the policy is checked again. */
const CHECK_DELAY_MS = 250;
const SAVE_DELAY_MS = 400;

const recent = new Map<string, Analysis>();
/** The analysis of a text, computed once: the editor's lint and the studio's panels ask for the same text. */
export function analyse(text: string): Analysis {
  let analysis = recent.get(text);
  if (!analysis) {
    analysis = analysePolicy(text);
    recent.set(text, analysis);
    if (recent.size > 4) recent.delete(recent.keys().next().value!);
  }
  return analysis;
}

export const policyText = signal('');
const checkedText = signal('');
export const analysis = computed(() => analyse(checkedText.value));
/** Where the current work started: an example's id, "blank", "JSON-LD", "draft". */
export const origin = signal('');
/** The last valid policy, with its text: panels keep showing it while the text is being fixed. */
export const lastValid = signal<{ policy: Policy; data: unknown; text: string } | null>(null);
/** True while the text differs from the last valid policy (invalid, or not checked yet). */
export const stale = computed(() => lastValid.value?.text !== policyText.value);

export const table = signal<ScenarioTable>({ timeZone: 'UTC', scenarios: [] });
export const coverageText = signal('');
/** What happened to the draft: saved, restored, or not kept (storage blocked). */
export const draftStatus = signal('');

let checkTimer: ReturnType<typeof setTimeout> | undefined;
/** The merchant typed: check the text once typing pauses. */
export function textChanged(text: string): void {
  policyText.value = text;
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => (checkedText.value = text), CHECK_DELAY_MS);
}

/** A new start (example, template, import, draft): checked at once. */
export function startWith(text: string, from: string, scenarios?: ScenarioTable): void {
  clearTimeout(checkTimer);
  policyText.value = text;
  checkedText.value = text;
  origin.value = from;
  if (scenarios) table.value = scenarios;
}

effect(() => {
  const { policy, data, text } = analysis.value;
  if (policy) lastValid.value = { policy, data, text };
});

const drafts = draftStore(() => window.localStorage);

/** The draft kept by the last visit, if any. */
export function savedDraft(): Draft | null {
  return drafts.load();
}

/** Restores a saved draft; the policy text always comes back, whatever became of the rest. */
export function restoreDraft(draft: Draft): void {
  const read = readTableText(draft.tableText);
  startWith(draft.policyText, draft.origin, read.ok ? read.table : undefined);
  coverageText.value = draft.coverageText;
  draftStatus.value = `Restored your draft of ${new Date(draft.savedAt).toLocaleString()}${read.ok ? '' : ' (its scenario table could not be read, so the table starts empty)'}.`;
}

export function forgetDraft(): void {
  drafts.clear();
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let pending: Draft | null = null;

function saveNow(): void {
  clearTimeout(saveTimer);
  if (!pending) return;
  const saved = drafts.save({ ...pending, savedAt: Date.now() });
  pending = null;
  draftStatus.value = saved
    ? 'Draft saved in this browser.'
    : 'This browser does not keep drafts (storage is blocked or full): download the policy file to keep your work.';
}

/** Starts saving the draft on every change (a moment after typing pauses, and at once when the page is left). */
export function keepDrafts(): void {
  let first = true;
  effect(() => {
    const draft: Draft = {
      policyText: policyText.value,
      tableText: tableText(table.value),
      coverageText: coverageText.value,
      origin: origin.value,
      savedAt: 0,
    };
    if (first) {
      first = false;
      return;
    }
    pending = draft;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  });
  // A reload right after typing must not lose the last keystrokes.
  window.addEventListener('pagehide', saveNow);
}
