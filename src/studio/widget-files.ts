/**
 * The built widget, as merchants load it (`dist/return-assistant/<version>/`), read by the studio's
 * build for two honest numbers: the SRI hash of each entry file (as `npm run build` prints them) and
 * what a shopper downloads for a conversation with this policy. When the widget has not been built
 * (`npm run build:widget`), there are no files, and the studio says so rather than guess.
 */
import { version } from '../../package.json';

const files = import.meta.glob<string>('../../dist/return-assistant/*/**/*.js', { query: '?raw', import: 'default' });

const prefix = `/dist/return-assistant/${version}/`;
/** File names (`return-assistant.js`, `chunks/load-….js`) of this version's build. */
const names = Object.keys(files)
  .filter((path) => path.includes(prefix))
  .map((path) => path.slice(path.indexOf(prefix) + prefix.length));

export const WIDGET_VERSION: string = version;
export const widgetBuilt = names.includes('return-assistant.js');

function read(name: string): Promise<string> {
  const path = Object.keys(files).find((key) => key.endsWith(`${prefix}${name}`));
  return path ? files[path]!() : Promise.reject(new Error(`${name} is not in the widget build`));
}

/** `sha384-…` of a text's UTF-8 bytes, as `<script integrity>` checks it. */
export async function sriOf(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The SRI hash of each entry file (the files a page names in a tag), as `npm run build` prints them. */
export async function entryHashes(): Promise<{ file: string; integrity: string }[]> {
  const entries = names.filter((name) => !name.includes('/')).sort();
  return Promise.all(entries.map(async (file) => ({ file, integrity: await sriOf(await read(file)) })));
}

/** The chunk whose name starts with `name-` (the build adds a hash). */
function chunk(name: string): string | undefined {
  return names.find((file) => file.startsWith(`chunks/${name}-`));
}

/** A file and every chunk it imports statically, as the browser fetches them. */
async function withImports(name: string, seen: Set<string>): Promise<void> {
  if (seen.has(name)) return;
  seen.add(name);
  const code = await read(name);
  const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
  for (const match of code.matchAll(/import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g)) {
    await withImports(`${base}${match[1]!}`.replace(/^chunks\/chunks\//, 'chunks/'), seen);
  }
}

async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

export interface DownloadSize {
  files: string[];
  raw: number;
  gzip: number;
  policyRaw: number;
  policyGzip: number;
}

/**
 * What a shopper downloads for a full conversation with a policy of the merchant's own, in one language:
 * the eager script, the rest of the widget, the part that reads and validates a page's own policy,
 * the language's catalogue, and the policy itself (minified, in the page). Gzip as the browser's
 * CompressionStream makes it (default level); each file is compressed on its own, as it is served.
 */
export async function downloadSize(policy: unknown, locale: string): Promise<DownloadSize | null> {
  const parts = [chunk('load'), chunk('own-policy'), chunk(locale)];
  if (!widgetBuilt || parts.some((part) => !part)) return null;
  const seen = new Set<string>();
  for (const name of ['return-assistant.js', ...(parts as string[])]) await withImports(name, seen);
  const texts = await Promise.all([...seen].map(read));
  const sizes = await Promise.all(texts.map(gzipSize));
  const policyText = JSON.stringify(policy);
  return {
    files: [...seen],
    raw: texts.reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0),
    gzip: sizes.reduce((sum, size) => sum + size, 0),
    policyRaw: new TextEncoder().encode(policyText).length,
    policyGzip: await gzipSize(policyText),
  };
}
