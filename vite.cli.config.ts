/** The command line for Node: one ES module with the policy engine inside, no dependency left to resolve. */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'return-assistant.mjs' } },
  },
  ssr: { noExternal: true },
});
