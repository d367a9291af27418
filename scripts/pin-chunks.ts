/**
 * Subresource Integrity for the files the widget loads lazily. A merchant pins the file they load with `integrity`;
 * that file pins every chunk it imports later, and each chunk the ones it imports, so one hash covers all of them.
 *
 * A dynamic `import()` takes no integrity, so in the final (minified) files each `import("./x.js")` becomes a call
 * that first preloads `x.js` with `<link rel="modulepreload" integrity>`: the browser checks the hash and puts the
 * module in the module map, where the `import()` that follows finds it. A file that does not match is refused and the
 * import rejects. The static imports of a lazily loaded chunk are pinned alongside it (unless the importer has them
 * already). Runs after every other step that changes the final code (`order: 'post'`); `scripts/sri.mjs` checks
 * the result after the build.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { Plugin } from 'vite';

/** Names of the preloading helper and of its hash table, added to each file that imports lazily (`scripts/sri.mjs` reads the table). */
const PIN = 'ra$pin';
const TABLE = 'ra$sri';

// Waits for every preload before importing, so a refused file is never run and the error names it. No `crossorigin`:
// the same credentials mode as a module script's (same-origin), so the import finds the preloaded module. The page's
// script nonce, as an `import()` would inherit it: under a nonce-only CSP the preload is allowed as the import was.
// Browsers without modulepreload (none in the support range) import without the check rather than never.
const PRELOAD =
  `f=>new Promise((y,n)=>{const l=document.createElement("link");` +
  `if(!l.relList.supports("modulepreload"))return y();l.rel="modulepreload";l.integrity=${TABLE}[f];l.nonce=document.querySelector("script[nonce]")?.nonce||"";` +
  `l.href=new URL(f,import.meta.url);l.onload=y;l.onerror=()=>n(Error(l.href));document.head.append(l)})`;
/** The helper: for one file, or (where some import brings static imports along) for several at once. */
const helper = (several: boolean): string =>
  several ? `const ${PIN}=(s,a=[])=>Promise.all([s,...a].map(${PRELOAD})).then(()=>import(s));` : `const ${PIN}=s=>(${PRELOAD})(s).then(()=>import(s));`;

const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`$]+?\.js)\1\)/g;

/**
 * What the files pin inside: sha256, SRI's smallest (a merchant pins the entry with sha384, as browsers' documentation
 * shows it). A hash does not compress, and the chunk that loads the others carries one per file it may load:
 * 44 characters each instead of 64, in what every shopper downloads.
 */
const integrityOf = (code: string): string => `sha256-${createHash('sha256').update(code).digest('base64')}`;

interface Chunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
}

/**
 * The build step that pins every lazily loaded chunk in the file that loads it.
 * @example plugins: [ …, pinLazyChunks()]
 */
export function pinLazyChunks(): Plugin {
  return {
    name: 'return-assistant:pin-lazy-chunks',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = new Map<string, Chunk>();
        for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
        // A single-file build (the classic script) lists itself among its dynamic imports: nothing to pin.
        const lazy = (chunk: Chunk) => chunk.dynamicImports.filter((name) => name !== chunk.fileName && chunks.has(name));
        if (![...chunks.values()].some((chunk) => lazy(chunk).length)) return;
        const before = new Map([...chunks].map(([name, chunk]) => [name, chunk.code]));
        const integrity = new Map<string, string>();

        const closure = (name: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(name)) return seen;
          seen.add(name);
          for (const dependency of chunks.get(name)!.imports) closure(dependency, seen);
          return seen;
        };
        /** The files `importer` must pin to import `target`: the target and its static imports the importer has not. */
        const pinsFor = (importer: string, target: string) => {
          const loaded = closure(importer);
          return [...closure(target)].filter((name) => !loaded.has(name));
        };

        const settling = new Set<string>();
        const settle = (name: string): void => {
          if (integrity.has(name)) return;
          if (settling.has(name))
            throw new Error(`lazily loaded files import each other (${[...settling, name].join(' → ')}): their hashes cannot pin each other`);
          settling.add(name);
          const chunk = chunks.get(name)!;
          if (chunk.isEntry && chunk.imports.length) {
            throw new Error(`the entry ${name} imports ${chunk.imports.join(', ')} statically: a page's integrity attribute would not cover it`);
          }
          const targets = lazy(chunk);
          for (const target of targets) for (const pinned of pinsFor(name, target)) settle(pinned);
          if (targets.length) chunk.code = pinImports(chunk, targets, pinsFor, integrity);
          integrity.set(name, integrityOf(chunk.code));
          settling.delete(name);
        };
        for (const name of chunks.keys()) settle(name);

        // A copy of a chunk emitted as an asset (the ES module API file) stays a copy.
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset') continue;
          const original = [...before].find(([, code]) => code === file.source);
          if (original) file.source = chunks.get(original[0])!.code;
        }
      },
    },
  };
}

/** The chunk's code with each dynamic import preloaded with the integrity of what it loads, from one table. */
function pinImports(chunk: Chunk, targets: string[], pinsFor: (importer: string, target: string) => string[], integrity: Map<string, string>): string {
  if (chunk.code.includes(PIN) || chunk.code.includes(TABLE)) throw new Error(`${chunk.fileName} already uses the names ${PIN} or ${TABLE}`);
  const directory = posix.dirname(chunk.fileName);
  const relative = (name: string) => {
    const path = posix.relative(directory, name);
    return path.startsWith('../') ? path : `./${path}`;
  };
  const table: Record<string, string> = {};
  const pinned = new Set<string>();
  let several = false;
  const code = chunk.code.replace(DYNAMIC_IMPORT, (_call, _quote: string, specifier: string) => {
    const target = posix.join(directory, specifier);
    if (!targets.includes(target)) throw new Error(`${chunk.fileName}: import("${specifier}") is not one of its lazily loaded files`);
    pinned.add(target);
    const alongside = pinsFor(chunk.fileName, target).filter((name) => name !== target);
    for (const name of [target, ...alongside]) table[relative(name)] = integrity.get(name)!;
    several ||= alongside.length > 0;
    return `${PIN}(${JSON.stringify(relative(target))}${alongside.length ? `,${JSON.stringify(alongside.map(relative))}` : ''})`;
  });
  const missed = targets.filter((name) => !pinned.has(name));
  if (missed.length) throw new Error(`${chunk.fileName}: could not find the import() of ${missed.join(', ')} to pin it`);
  return `const ${TABLE}=${JSON.stringify(table)};${helper(several)}${code}`;
}
