/**
 * The embed snippets for a merchant's own policy. A page gets the policy inline (`<script
 * type="application/json">` inside the element), so it needs no request of its own; the entry file is
 * pinned with its SRI hash when the build is known.
 */
export type EmbedWay = 'launcher' | 'inline' | 'module';

export interface SnippetOptions {
  policy: unknown;
  version: string;
  /** `sha384-…` of each entry file, by name; empty when the widget is not built. */
  integrity: Record<string, string>;
  /** Where the merchant serves the widget's folder. */
  base?: string;
}

/** The policy as the page carries it: one line, without `$schema` (a path on the merchant's disk), safe inside a script element. */
export function inlinePolicy(policy: unknown): string {
  const { $schema: _schema, ...rest } = policy as Record<string, unknown>;
  return JSON.stringify(rest).replace(/</g, '\\u003c');
}

function attributes(file: string, options: SnippetOptions): string {
  const hash = options.integrity[file];
  return hash ? ` integrity="${hash}" crossorigin="anonymous"` : '';
}

/**
 * The snippet for one way of embedding.
 * @example embedSnippet('inline', { policy, version: '0.1.0', integrity: { 'return-assistant.js': 'sha384-…' } })
 */
export function embedSnippet(way: EmbedWay, options: SnippetOptions): string {
  const base = `${options.base ?? 'https://your-cdn/return-assistant'}/${options.version}`;
  const policy = inlinePolicy(options.policy);
  const script = `<script type="module" src="${base}/return-assistant.js"${attributes('return-assistant.js', options)}></script>`;
  switch (way) {
    case 'launcher':
      return `${script}\n<return-assistant>\n  <script type="application/json">${policy}</script>\n</return-assistant>\n`;
    case 'inline':
      return `${script}\n<return-assistant mode="inline">\n  <script type="application/json">${policy}</script>\n</return-assistant>\n`;
    case 'module': {
      const api = `${base}/return-assistant-api.js`;
      const hash = options.integrity['return-assistant-api.js'];
      const map = hash ? `<script type="importmap">${JSON.stringify({ integrity: { [api]: hash } })}</script>\n` : '';
      return `${map}<script type="module">\n  import { mount } from '${api}';\n  import policy from './policy.json' with { type: 'json' };\n  mount(document.querySelector('#returns'), { policy, mode: 'inline' });\n</script>\n`;
    }
  }
}

/** The JSON-LD for the store's product pages, in its script element. */
export function jsonLdSnippet(nodes: readonly unknown[]): string {
  const data = nodes.length === 1 ? nodes[0] : nodes;
  return `<script type="application/ld+json">\n${JSON.stringify(data, null, 2).replace(/</g, '\\u003c')}\n</script>\n`;
}
