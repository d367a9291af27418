/**
 * The widget as merchants load it: ES modules with stable names in a folder named by version
 * (`dist/return-assistant/<version>/`), the lazy parts as separate chunks, and one classic-script file.
 * `npm run build:widget` runs this twice (`--mode classic` for the classic script).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { ownKeysInLibraryLoops, ownKeysOnly } from './scripts/own-keys-only.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const modules: UserConfig['build'] = {
  lib: { entry: { 'return-assistant': 'src/embed/script.ts', 'return-assistant-api': 'src/embed/index.ts' }, formats: ['es'] },
  rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
};
const classic: UserConfig['build'] = {
  lib: { entry: { 'return-assistant.classic': 'src/embed/classic.ts' }, formats: ['iife'], name: 'ReturnAssistant' },
  rolldownOptions: { output: { entryFileNames: '[name].js', inlineDynamicImports: true, minify: true } },
};

export default defineConfig(({ mode }) => ({
  publicDir: false,
  plugins: [ownKeysInLibraryLoops(), ownKeysOnly()],
  build: {
    outDir: `dist/return-assistant/${version}`,
    emptyOutDir: mode !== 'classic',
    modulePreload: false,
    target: 'es2022',
    ...(mode === 'classic' ? classic : modules),
  },
}));
