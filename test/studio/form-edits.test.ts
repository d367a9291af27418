/** The form view edits the JSON text in place: one value changes, everything else stays as written. */
import { describe, expect, it } from 'vitest';
import { valueEdit } from '../../src/studio/form-edits.ts';
import type { TextEdit } from '../../src/studio/form-edits.ts';

const apply = (text: string, edit: TextEdit | null) => (edit ? text.slice(0, edit.from) + edit.insert + text.slice(edit.to) : null);
const text = '{\n  "store": { "name": "Acme", "currency": "USD" },\n  "rules": [\n    { "id": "a", "window": { "days": 30, "from": "deliveredAt" } }\n  ]\n}\n';

describe('a form edit', () => {
  it('replaces a value where it stands, keeping the layout', () => {
    const edited = apply(text, valueEdit(text, ['rules', 0, 'window', 'days'], 45))!;
    expect(edited).toBe(text.replace('"days": 30', '"days": 45'));
    expect(apply(text, valueEdit(text, ['store', 'name'], 'Acme "Outdoor"'))).toBe(text.replace('"Acme"', '"Acme \\"Outdoor\\""'));
  });

  it('adds a missing field to an existing object', () => {
    const edited = apply(text, valueEdit(text, ['store', 'email'], 'help@acme.example'))!;
    expect(JSON.parse(edited).store).toEqual({ email: 'help@acme.example', name: 'Acme', currency: 'USD' });
    const empty = '{ "store": {} }';
    expect(JSON.parse(apply(empty, valueEdit(empty, ['store', 'phone'], '555'))!)).toEqual({ store: { phone: '555' } });
  });

  it('does nothing where the object is missing', () => {
    expect(valueEdit(text, ['terms', 'standard', 'fees'], [])).toBeNull();
    expect(valueEdit(text, ['rules', 4, 'verdict'], 'eligible')).toBeNull();
  });
});
