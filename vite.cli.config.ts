/** The command line for Node: one ES module with the policy engine inside, no dependency left to resolve. */
import { defineConfig } from 'vite';
import { thirdPartyNotices } from './scripts/notices.ts';

export default defineConfig({
  publicDir: false,
  plugins: [thirdPartyNotices()],
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'return-assistant.mjs' } },
  },
  ssr: { noExternal: true },
});
