/**
 * The npm package's modules (`npm run build:package`, into dist/lib): the ES module API, the element, and the policy
 * engine alone, for bundlers and Node. Built with the widget's own steps (one language of a built-in policy per chunk,
 * own keys only on hostile pages) and its libraries inside, so an app gets the widget the CDN files are; the app's
 * bundler splits and minifies it. Nothing here runs on import but the element's registration.
 */
import { defineConfig } from 'vite';
import { thirdPartyNotices } from './notices.ts';
import { ownKeysInLibraryLoops, ownKeysOnly } from './own-keys-only.ts';
import { chunkName, policyLanguage } from './policy-language.ts';

export default defineConfig({
  publicDir: false,
  plugins: [policyLanguage(), ownKeysInLibraryLoops(), ownKeysOnly(), thirdPartyNotices()],
  build: {
    outDir: 'dist/lib',
    emptyOutDir: true,
    modulePreload: false,
    target: 'es2022',
    minify: false,
    lib: { entry: { index: 'src/embed/index.ts', element: 'src/embed/define.ts', policy: 'src/policy/index.ts' }, formats: ['es'] },
    rolldownOptions: { output: { entryFileNames: '[name].js', chunkFileNames: chunkName } },
  },
});
