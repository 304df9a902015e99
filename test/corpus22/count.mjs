#!/usr/bin/env node
// Counts the inline expectations of corpus 22 and checks that they are well-formed:
//   node test/corpus22/count.mjs [--json]
// The script is corpus 2's, pointed at this folder.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
await import('../corpus2/count.mjs');
