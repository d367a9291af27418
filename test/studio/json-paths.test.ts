/** Validator paths ↔ places in the text the merchant types. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePolicy } from '../../src/studio/diagnostics.ts';
import { formatPath, lineAndColumn, locatePath, parseJson, parsePath, parseJsonTree, pathAt } from '../../src/studio/json-paths.ts';
import { EXAMPLE_IDS } from '../support/policies.ts';

const at = (text: string, path: string) => {
  const place = locatePath(text, path);
  return { text: text.slice(place.from, place.to), found: place.found };
};

describe('paths', () => {
  it.each([
    ['rules[2].window.days', ['rules', 2, 'window', 'days']],
    ['facts.tagsAttached.kind', ['facts', 'tagsAttached', 'kind']],
    ['groups.bundle.options.not-bundle.sets.isBundle', ['groups', 'bundle', 'options', 'not-bundle', 'sets', 'isBundle']],
    ['rules[0].when.all[1]', ['rules', 0, 'when', 'all', 1]],
    ['(policy)', []],
  ])('%s reads as its keys and back', (path, keys) => {
    expect(parsePath(path)).toEqual(keys);
    if (keys.length) expect(formatPath(keys)).toBe(path);
  });
});

describe('a path in the text', () => {
  const text = '{\n  "store": { "name": "Acme" },\n  "rules": [\n    { "id": "a", "window": { "days": "thirty" } },\n    { "id": "b" }\n  ]\n}';

  it('marks a scalar value', () => {
    expect(at(text, 'rules[0].window.days')).toEqual({ text: '"thirty"', found: true });
    expect(at(text, 'store.name')).toEqual({ text: '"Acme"', found: true });
  });

  it('marks the key of an object or a list, not the whole of it', () => {
    expect(at(text, 'rules[0].window')).toEqual({ text: '"window"', found: true });
    expect(at(text, 'store')).toEqual({ text: '"store"', found: true });
  });

  it('marks the nearest part that exists for a missing field', () => {
    expect(at(text, 'store.currency')).toEqual({ text: '"store"', found: false });
    expect(at(text, 'rules[1].verdict')).toEqual({ text: '{', found: false });
    expect(at(text, 'rules[5].id')).toEqual({ text: '"rules"', found: false });
  });

  it('marks a key whose value is not typed yet', () => {
    expect(at('{ "id": "x", "format": }', 'format')).toEqual({ text: '"format"', found: false });
  });

  it('knows the path under the cursor, on a key and on a value', () => {
    const tree = parseJsonTree(text);
    const onValue = pathAt(tree, text, text.indexOf('thirty'));
    expect(onValue.path).toEqual(['rules', 0, 'window', 'days']);
    expect(onValue.onKey).toBe(false);
    const onKey = pathAt(tree, text, text.indexOf('"days"') + 2);
    expect(onKey.path).toEqual(['rules', 0, 'window']);
    expect(onKey.onKey).toBe(true);
  });
});

describe('invalid JSON keeps its place', () => {
  it.each([
    // A missing comma is placed where the value before it ends, not at the next key.
    ['{\n  "a": 1\n  "b": 2\n}', 2],
    ['{\n  "a": 1,\n}', 3],
    ['{\n  "a": tru\n}', 2],
    ['{\n  "a": [1, 2\n', 2],
  ])('%j breaks on line %i', (text, line) => {
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.line).toBe(line);
      expect(lineAndColumn(text, parsed.error.at).line).toBe(line);
    }
    const analysis = analysePolicy(text);
    expect(analysis.syntaxError).toBe(true);
    expect(analysis.findings[0]!.line).toBe(line);
  });
});

describe.each(EXAMPLE_IDS)('%s: a wrong value is found where it was typed', (id) => {
  const original = readFileSync(new URL(`../../examples/policies/${id}/policy.json`, import.meta.url), 'utf8');

  it('has no errors as it stands', () => {
    expect(analysePolicy(original).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('places an error in the first rule with a window at that window', () => {
    const data = JSON.parse(original) as { rules: { window?: { days?: unknown } }[] };
    const index = data.rules.findIndex((rule) => rule.window?.days !== undefined);
    if (index < 0) return;
    data.rules[index]!.window!.days = 'thirty';
    const text = JSON.stringify(data, null, 2);
    const finding = analysePolicy(text).findings.find((f) => f.path === `rules[${index}].window.days`);
    expect(finding?.severity).toBe('error');
    expect(text.slice(finding!.from, finding!.to)).toBe('"thirty"');
  });
});
