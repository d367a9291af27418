import { defineConfig } from 'vitest/config';

/** The package as an adopter gets it (`npm run test:package`): packed, installed into a new project, imported, type-checked and bundled. */
export default defineConfig({
  test: { include: ['test/package/**/*.test.ts'], environment: 'node', testTimeout: 180_000, hookTimeout: 180_000 },
});
