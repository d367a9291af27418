import { defineConfig } from 'vitest/config';

/** Real-browser tests: Playwright driving Debian's Chromium against the built widget. Run after `npm run build:widget`. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
