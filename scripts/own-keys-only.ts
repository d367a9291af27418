/**
 * A build step for pages that add enumerable properties to Object.prototype (old libraries do): the bundler's
 * namespace helper copies exports with a bare `for…in`, which would also copy the page's properties and throw.
 * This guards that loop with an own-property check in the final (minified) files.
 */
import type { Plugin } from 'vite';

const HELPER = /for\s*\(\s*var\s+(\w+)\s+in\s+(\w+)\s*\)\s*\{?\s*(\w+)\(\s*(\w+)\s*,\s*\1\s*,\s*\{\s*get\s*:\s*\2\[\1\]/g;

export function ownKeysOnly(): Plugin {
  return {
    name: 'return-assistant:own-keys-only',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = file.code.replace(
          HELPER,
          (_loop, key: string, source: string, define: string, target: string) =>
            `for(var ${key} in ${source})if(Object.prototype.hasOwnProperty.call(${source},${key}))${define}(${target},${key},{get:${source}[${key}]`,
        );
      }
    },
  };
}

const FOR_IN = /for\s*\(\s*(const|let|var)\s+([\w$]+)\s+in\s+([^;()]+(?:\([^()]*\))?[^;()]*)\)/g;

/**
 * The libraries bundled into the widget (XState, Preact, signals) walk their own plain objects with `for…in`,
 * which on such a page also visits the page's properties (XState then looks up an actor that is not there).
 * In those libraries only, each `for (k in o)` becomes `for (k of Object.keys(Object(o)))`: the same keys for a
 * plain object, none of the page's.
 */
export function ownKeysInLibraryLoops(): Plugin {
  return {
    name: 'return-assistant:own-keys-in-library-loops',
    transform(code, id) {
      if (!/node_modules\/(xstate|preact|@preact)\//.test(id)) return null;
      const rewritten = code.replace(
        FOR_IN,
        (_loop, kind: string, key: string, object: string) => `for (${kind} ${key} of Object.keys(Object(${object.trim()})))`,
      );
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
