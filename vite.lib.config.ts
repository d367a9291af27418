/**
 * The widget as merchants load it: ES modules with stable names in a folder named by version
 * (`dist/return-assistant/<version>/`), the lazy parts as separate chunks, and one classic-script file.
 * `npm run build:widget` runs this twice (`--mode classic` for the classic script).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { ownKeysInLibraryLoops, ownKeysOnly } from './scripts/own-keys-only.ts';
import { chunkName, policyLanguage } from './scripts/policy-language.ts';
import type { Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Minified without the bundler's annotations (`/* @__PURE__ */`, a hundred bytes a shopper downloads for nothing);
// licence comments are kept.
const comments = { legal: true, annotation: false, jsdoc: false };
const modules: UserConfig['build'] = {
  lib: { entry: { 'return-assistant': 'src/embed/script.ts' }, formats: ['es'] },
  rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: chunkName, minify: true, comments } },
};
const classic: UserConfig['build'] = {
  lib: { entry: { 'return-assistant.classic': 'src/embed/classic.ts' }, formats: ['iife'], name: 'ReturnAssistant' },
  rolldownOptions: { output: { entryFileNames: '[name].js', minify: true, comments } },
};

/**
 * The ES module API is the script tag's module under a second name (`return-assistant-api.js`): one file, so the
 * eager part stays a single request, and the lazy chunks are shared because they are imported by the same URLs.
 */
function apiCopy(): Plugin {
  return {
    name: 'return-assistant:api-copy',
    generateBundle(_options, bundle) {
      const entry = bundle['return-assistant.js'];
      if (entry?.type === 'chunk') this.emitFile({ type: 'asset', fileName: 'return-assistant-api.js', source: entry.code });
    },
  };
}

export default defineConfig(({ mode }) => ({
  publicDir: false,
  plugins: [policyLanguage(), ownKeysInLibraryLoops(), ownKeysOnly(), apiCopy()],
  build: {
    outDir: `dist/return-assistant/${version}`,
    emptyOutDir: mode !== 'classic',
    modulePreload: false,
    target: 'es2022',
    ...(mode === 'classic' ? classic : modules),
  },
}));
