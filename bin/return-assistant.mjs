#!/usr/bin/env node
// The command line (validate, check), built from src/cli by `npm run build:cli` (npm test and npm run build do it too).
try {
  await import('../dist/cli/return-assistant.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli')) throw error;
  console.error('return-assistant: the command line is not built yet: run `npm run build:cli` first');
  process.exitCode = 2;
}
