/** The embed snippets carry the merchant's policy inline, safely, and pin the entry file when its hash is known. */
import { describe, expect, it } from 'vitest';
import { embedSnippet, inlinePolicy, jsonLdSnippet } from '../../src/studio/snippets.ts';

const policy = { $schema: '../../../schema/policy.schema.json', format: 2, id: 'acme', store: { name: 'Acme </script><script>alert(1)</script>' } };
const hashes = { 'return-assistant.js': 'sha384-abc', 'return-assistant-api.js': 'sha384-def' };

describe('embed snippets', () => {
  it('carry the policy on one line, without $schema, unable to close their script element', () => {
    const inline = inlinePolicy(policy);
    expect(inline).not.toContain('</script>');
    expect(inline).not.toContain('$schema');
    expect(JSON.parse(inline)).toEqual({ format: 2, id: 'acme', store: policy.store });
  });

  it('pin the entry file with its SRI hash when the build is known, and claim none otherwise', () => {
    expect(embedSnippet('launcher', { policy, version: '0.1.0', integrity: hashes })).toContain(
      'return-assistant.js" integrity="sha384-abc" crossorigin="anonymous"',
    );
    expect(embedSnippet('inline', { policy, version: '0.1.0', integrity: hashes })).toContain('<return-assistant mode="inline">');
    expect(embedSnippet('module', { policy, version: '0.1.0', integrity: hashes })).toContain(
      '"integrity":{"https://your-cdn/return-assistant/0.1.0/return-assistant-api.js":"sha384-def"}',
    );
    for (const way of ['launcher', 'inline', 'module'] as const)
      expect(embedSnippet(way, { policy, version: '0.1.0', integrity: {} })).not.toContain('integrity');
  });

  it('write JSON-LD in its script element', () => {
    const snippet = jsonLdSnippet([{ '@type': 'MerchantReturnPolicy', merchantReturnDays: 30 }]);
    expect(snippet).toMatch(/^<script type="application\/ld\+json">\n\{/);
    expect(JSON.parse(snippet.replace(/<\/?script[^>]*>/g, ''))).toEqual({ '@type': 'MerchantReturnPolicy', merchantReturnDays: 30 });
  });
});
