/**
 * The widget as merchants load it: ES modules with stable names in a folder named by version
 * (`dist/return-assistant/<version>/`), the lazy parts as separate chunks (each pinned, for Subresource Integrity, by the
 * file that loads it: scripts/pin-chunks.ts), and one classic-script file.
 * `npm run build:widget` runs this twice (`--mode classic` for the classic script).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { ownKeysInLibraryLoops, ownKeysOnly } from './scripts/own-keys-only.ts';
import { thirdPartyNotices } from './scripts/notices.ts';
import { pinLazyChunks } from './scripts/pin-chunks.ts';
import { lockdownSafe } from './scripts/lockdown-safe.ts';
import { chunkName, policyLanguage } from './scripts/policy-language.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Minified without the bundler's annotations (`/* @__PURE__ */`, a hundred bytes a shopper downloads for nothing);
// licence comments are kept.
const comments = { legal: true, annotation: false, jsdoc: false };
/**
 * The ES module builds (the script tag's file, the module API, the chunks both load) are minified by Terser: some 55 B
 * less brotli than the bundler's own minifier in the eager file, which has a budget of 2.5 KB. Both builds use it, so
 * that they load the very same chunks. Three passes; nothing unsafe.
 */
const terser: UserConfig['build'] = {
  minify: 'terser',
  // ASCII only (other characters written as escapes): the browser then keeps each file's source in one byte a
  // character, not two: 166 KB less memory after a conversation (in a heap snapshot; the sources are kept outside the
  // JS heap that Runtime.getHeapUsage counts), for 16 B more brotli.
  terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: 'some', ascii_only: true } },
};
const modules: UserConfig['build'] = {
  lib: { entry: { 'return-assistant': 'src/embed/script.ts' }, formats: ['es'] },
  rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: chunkName, comments } },
  ...terser,
};
/**
 * The ES module API (`return-assistant-api.js`: `mount()`), built on its own so that the script tag's file carries no
 * API it never calls. It loads the very same lazy chunks (same code, same names, same hashes).
 */
const api: UserConfig['build'] = {
  lib: { entry: { 'return-assistant-api': 'src/embed/index.ts' }, formats: ['es'] },
  rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: chunkName, comments } },
  ...terser,
};
const classic: UserConfig['build'] = {
  lib: { entry: { 'return-assistant.classic': 'src/embed/classic.ts' }, formats: ['iife'], name: 'ReturnAssistant' },
  rolldownOptions: { output: { entryFileNames: '[name].js', minify: true, comments } },
};

export default defineConfig(({ mode }) => ({
  publicDir: false,
  plugins: [policyLanguage(), lockdownSafe(), ownKeysInLibraryLoops(), ownKeysOnly(), pinLazyChunks(), thirdPartyNotices()],
  build: {
    outDir: `dist/return-assistant/${version}`,
    emptyOutDir: mode === 'production',
    modulePreload: false,
    target: 'es2022',
    ...(mode === 'classic' ? classic : mode === 'api' ? api : modules),
  },
}));
