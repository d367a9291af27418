/**
 * The merchant's work survives a reload: the draft (policy text, scenario table, pasted page text) in
 * localStorage. Storage that is missing, full or blocked never breaks the studio: it says so, and the
 * merchant keeps working (and can download the file).
 */
export interface Draft {
  policyText: string;
  tableText: string;
  coverageText: string;
  /** Where the draft started (an example's id, "blank", "JSON-LD"). */
  origin: string;
  savedAt: number;
}

const KEY = 'return-assistant-studio:draft';
const VERSION = 1;

export interface DraftStore {
  load: () => Draft | null;
  /** False when the draft could not be kept (storage blocked or full). */
  save: (draft: Draft) => boolean;
  clear: () => void;
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return ['policyText', 'tableText', 'coverageText', 'origin'].every((key) => typeof draft[key] === 'string') && typeof draft.savedAt === 'number';
}

/** Drafts kept in `storage()`; `storage` may throw (blocked cookies) and so may each of its calls. */
export function draftStore(storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): DraftStore {
  return {
    load() {
      try {
        const text = storage().getItem(KEY);
        if (!text) return null;
        const saved = JSON.parse(text) as { version?: unknown; draft?: unknown };
        return saved.version === VERSION && isDraft(saved.draft) ? saved.draft : null;
      } catch {
        return null;
      }
    },
    save(draft) {
      try {
        storage().setItem(KEY, JSON.stringify({ version: VERSION, draft }));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage().removeItem(KEY);
      } catch {
        // Nothing was kept, so there is nothing to forget.
      }
    },
  };
}
