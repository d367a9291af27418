// Copies the built widget into the Shopify theme app extension's assets/ folder (or the folder given as the first
// argument). Shopify's assets/ folder has no subfolders, so the lazy chunks go beside the entry file and every
// relative import that names them ("./chunks/load-….js" in the entry) is rewritten to the flat name. Each import is
// resolved against the build's own layout first, so one that names no built file stops the script here, not in a
// store. Only the module build is copied: a theme loads it with <script type="module">. Run after `npm run build:widget`
// (`npm run build:shopify` does both).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const built = join(root, 'dist', 'return-assistant', version);
const assets = resolve(process.argv[2] ?? join(root, 'integrations', 'shopify', 'assets'));
// The extension's own script, which is source and stays.
const KEEP = new Set(['return-assistant-shopify.js']);

/** The module build's files, by their path in the build ("return-assistant.js", "chunks/load-….js"). */
const files = [
  'return-assistant.js',
  ...readdirSync(join(built, 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`),
];
const flat = new Map(files.map((file) => [file, basename(file)]));
if (new Set(flat.values()).size !== files.length) throw new Error('two built files share a name: they cannot sit side by side in a flat folder');
for (const name of flat.values()) if (KEEP.has(name)) throw new Error(`the build has a file named ${name}, which is the extension's own`);

// Files of an earlier build go: their names carry that build's hashes.
mkdirSync(assets, { recursive: true });
for (const name of readdirSync(assets)) if (name.endsWith('.js') && !KEEP.has(name)) rmSync(join(assets, name));

// A quoted relative path to a .js file: what the build writes in import(), import … from and new URL().
const RELATIVE_JS = /(["'`])(\.{1,2}\/[^"'`\s]+?\.js)\1/g;
for (const file of files) {
  const code = readFileSync(join(built, file), 'utf8').replace(RELATIVE_JS, (_, quote, specifier) => {
    const target = posix.join(posix.dirname(file), specifier);
    if (!flat.has(target)) throw new Error(`${file} imports ${specifier}, which is not a built file`);
    return `${quote}./${flat.get(target)}${quote}`;
  });
  writeFileSync(join(assets, flat.get(file)), code);
}
console.log(`${files.length} widget files copied to ${relative(process.cwd(), assets) || '.'}, side by side (from ${relative(process.cwd(), built)})`);
