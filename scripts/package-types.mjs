// After `tsc -p tsconfig.types.json`: the package's declaration files as any TypeScript project resolves them
// (relative imports end in `.js`, not the `.ts` the sources use), and the React JSX typings, a hand-written
// declaration file tsc does not copy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const types = new URL('../dist/types/', import.meta.url);
const RELATIVE_TS = /((?:from|import)\s*\(?\s*['"])(\.{1,2}\/[^'"]+)\.tsx?(['"])/g;
const withJs = (code) => code.replace(RELATIVE_TS, '$1$2.js$3');

for (const file of readdirSync(types, { recursive: true }).map(String)) {
  if (!file.endsWith('.d.ts')) continue;
  const url = new URL(file, types);
  writeFileSync(url, withJs(readFileSync(url, 'utf8')));
}
writeFileSync(new URL('embed/jsx-react.d.ts', types), withJs(readFileSync(new URL('../src/embed/jsx-react.d.ts', import.meta.url), 'utf8')));
