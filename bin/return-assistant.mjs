#!/usr/bin/env node
// The command line (validate, check): built from src/cli by `npm run build:cli`.
import '../dist/cli/return-assistant.mjs';
