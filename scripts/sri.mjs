// Prints the Subresource Integrity hash (sha384) of each entry file of the widget build, for merchants to pin.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const dir = new URL(`../dist/return-assistant/${version}/`, import.meta.url);
console.log(`Subresource Integrity, return-assistant ${version}:`);
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  const hash = createHash('sha384').update(readFileSync(new URL(file, dir))).digest('base64');
  console.log(`  ${file}  sha384-${hash}`);
}
