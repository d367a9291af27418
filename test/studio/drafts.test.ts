/** Drafts survive a reload, and storage that refuses never breaks the studio. */
import { describe, expect, it } from 'vitest';
import { draftStore } from '../../src/studio/drafts.ts';
import type { Draft } from '../../src/studio/drafts.ts';

const draft: Draft = {
  policyText: '{ "format": 2, ',
  tableText: '{"timeZone":"UTC","scenarios":[]}',
  coverageText: 'Returns within 30 days.',
  origin: 'rei',
  savedAt: 1_764_460_800_000,
};

function memory(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

describe('drafts', () => {
  it('come back as they were saved, invalid JSON and all', () => {
    const storage = memory();
    const store = draftStore(() => storage);
    expect(store.save(draft)).toBe(true);
    expect(draftStore(() => storage).load()).toEqual(draft);
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('are not kept, without an error, where storage throws or is full', () => {
    const blocked = draftStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(blocked.save(draft)).toBe(false);
    expect(blocked.load()).toBeNull();
    expect(() => blocked.clear()).not.toThrow();
    const full = draftStore(() => ({
      ...memory(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    }));
    expect(full.save(draft)).toBe(false);
  });

  it('ignore what they cannot read', () => {
    for (const saved of ['not json', '{"version":1,"draft":{"policyText":3}}', '{"version":9,"draft":{}}']) {
      const storage = memory();
      storage.setItem('return-assistant-studio:draft', saved);
      expect(draftStore(() => storage).load()).toBeNull();
    }
  });
});
