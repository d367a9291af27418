import { defineConfig } from 'vitest/config';
import { policyLanguage } from './scripts/policy-language.ts';

/** The demo site (`npm start`, `vite build`), and the unit tests. The widget's own build is vite.lib.config.ts. */
export default defineConfig({
  plugins: [policyLanguage()],
  server: { host: '127.0.0.1' },
  build: {
    outDir: 'dist/demo',
    rolldownOptions: {
      input: { index: 'index.html', imicro: 'demo/imicro.html', igarden: 'demo/igarden.html', studio: 'studio/index.html', examples: 'demo/examples.html' },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/package/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // The model-based tests walk every path of both conversations; give them room on a busy machine.
    testTimeout: 60_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
