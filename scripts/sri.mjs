// Subresource Integrity of the widget build: prints the sha384 of each file a page loads (for merchants to pin), and
// checks that every other file is pinned by the file that loads it (scripts/pin-chunks.ts), with the right hash.
// Run by `npm run build:widget`; fails the build when a file could load unchecked.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';

// The table scripts/pin-chunks.ts writes at the start of each file that imports lazily.
const TABLE = /^const ra\$sri=(\{[^}]*\});/;
const UNPINNED_IMPORT = /\bimport\((["'`])\.{1,2}\//;

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = new URL(`../dist/return-assistant/${version}/`, import.meta.url);
const files = readdirSync(dir, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.js'))
  .sort();
const read = (name) => readFileSync(new URL(name, dir));
const hash = (algorithm, bytes) => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

const problems = [];
const pinned = new Map();
for (const file of files) {
  const code = read(file).toString('utf8');
  if (UNPINNED_IMPORT.test(code)) problems.push(`${file} imports a file without pinning it`);
  const table = TABLE.exec(code);
  if (!table) continue;
  for (const [specifier, integrity] of Object.entries(JSON.parse(table[1]))) {
    const target = posix.join(posix.dirname(file), specifier);
    if (!files.includes(target)) problems.push(`${file} pins ${target}, which the build does not have`);
    else if (hash(integrity.slice(0, integrity.indexOf('-')), read(target)) !== integrity) problems.push(`${file} pins ${target} with a hash it does not have`);
    else pinned.set(target, integrity);
  }
}
const entries = files.filter((name) => !name.includes('/'));
for (const file of files) if (!entries.includes(file) && !pinned.has(file)) problems.push(`${file} is in the build but pinned by no file`);
if (problems.length) {
  console.error(`Subresource Integrity check failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}

const width = Math.max(...files.map((name) => name.length)) + 2;
console.log(`Subresource Integrity, return-assistant ${version}. Pin the file your page loads (integrity="…" crossorigin="anonymous"):`);
for (const file of entries) console.log(`  ${file.padEnd(width)}${hash('sha384', read(file))}`);
console.log(`Loaded later, each checked against the hash inside the file that loads it (${pinned.size} files):`);
for (const [file, integrity] of [...pinned].sort()) console.log(`  ${file.padEnd(width)}${integrity}`);
