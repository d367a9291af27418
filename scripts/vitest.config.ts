/** Runs the project's scripts (chart, conversation bench) with the same TypeScript set-up as the tests. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['scripts/**/*.task.ts'], environment: 'node', setupFiles: ['test/setup.ts'], testTimeout: 1_800_000 },
});
