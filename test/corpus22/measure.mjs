#!/usr/bin/env node
// Recall and look-alike flag rate of the engine on the held-out corpus 22 (see README.md):
//   npm run build && node test/corpus22/measure.mjs [--verbose] [--json] [--check] [rule-or-path-filter]
// The script is corpus 2's, pointed at this folder.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
await import('../corpus2/measure.mjs');
