#!/usr/bin/env node
// Recall and look-alike flag rate of the engine on the held-out corpus 2 (see README.md); also
// run for test/corpus3 by its measure.mjs, which sets CORPUS_DIR to its own folder.
//
//   npm run build && node test/corpus2/measure.mjs [--verbose] [--json] [--check] [rule-or-path-filter]
//
// Ground truth: `// ruleid: <id>` / `// ok: <id>` (`#` in Python) on the line before the line the
// finding belongs on. Every file of the corpus is analysed (helpers in sibling files are read
// from disk, as the CLI does). A finding of rule R belongs to an annotation of R on line L of
// file F when it starts on L in F, or when a step of its flow is on L in F (a flow into a helper
// of another file is reported at the sink, and the corpus may annotate the call line).
// Unannotated lines carry no expectation. --check exits 1 below 90 % recall or above 5 % of
// look-alikes flagged.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, langFromPath } = engineMod;
const here = process.env.CORPUS_DIR ?? path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..', '..');
const label = path.basename(here).replace('corpus', 'corpus ');
const argv = process.argv.slice(2);
const VERBOSE = argv.includes('--verbose');
const JSON_OUT = argv.includes('--json');
const CHECK = argv.includes('--check');
const FILTER = argv.find((a) => !a.startsWith('--'));

function walk(dir, out = []) {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) walk(p, out);
    else if (langFromPath(p)) out.push(p);
  }
  return out;
}

const ANNOTATION = /^\s*(?:\/\/|#)\s*(ruleid|ok|todoruleid):\s*([a-z0-9-]+)\s*(?:--.*)?$/;

/** [{ kind, rule, line }] with `line` the 0-based line the annotation is about. */
function expectations(text) {
  const lines = text.split('\n');
  const out = [];
  let pending = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]);
    if (m) {
      pending.push({ kind: m[1], rule: m[2] });
      continue;
    }
    if (pending.length && lines[i].trim() !== '') {
      for (const p of pending) out.push({ ...p, line: i });
      pending = [];
    }
  }
  return out;
}

const engine = await Engine.create(path.join(root, 'dist'));
const host = {
  readFile(p) {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
};

const files = walk(here);
const expected = [];
const findings = new Map();
let incomplete = 0;
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const e of expectations(text)) expected.push({ ...e, file });
  const a = engine.analyzeText(file, text, { host });
  if (a.incomplete) incomplete++;
  for (const f of a.findings) findings.set(`${f.ruleId}:${f.file}:${f.range.start.line}:${f.range.start.character}:${f.definition ?? ''}`, f);
}

/** Lines (file → set of lines) each finding is about. */
function places(f) {
  const out = [{ file: f.file, line: f.range.start.line }];
  for (const s of f.flow) out.push({ file: s.file, line: s.range.start.line });
  return out;
}

const byRule = new Map();
const misses = [];
const flagged = [];
for (const e of expected) {
  if (FILTER && !e.rule.includes(FILTER) && !e.file.includes(FILTER)) continue;
  const hit = [...findings.values()].some((f) => f.ruleId === e.rule && places(f).some((p) => p.file === e.file && p.line === e.line));
  const r = byRule.get(e.rule) ?? { flaws: 0, found: 0, safe: 0, flagged: 0, todo: 0 };
  byRule.set(e.rule, r);
  if (e.kind === 'ruleid') {
    r.flaws++;
    if (hit) r.found++;
    else misses.push(e);
  } else if (e.kind === 'ok') {
    r.safe++;
    if (hit) {
      r.flagged++;
      flagged.push(e);
    }
  } else r.todo++;
}

const total = [...byRule.values()].reduce((s, r) => ({ flaws: s.flaws + r.flaws, found: s.found + r.found, safe: s.safe + r.safe, flagged: s.flagged + r.flagged }), { flaws: 0, found: 0, safe: 0, flagged: 0 });
const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
const rel = (p) => path.relative(here, p);

if (JSON_OUT) {
  process.stdout.write(JSON.stringify({ files: files.length, incomplete, total, rules: Object.fromEntries(byRule), misses: misses.map((e) => ({ ...e, file: rel(e.file) })), flagged: flagged.map((e) => ({ ...e, file: rel(e.file) })) }, null, 2) + '\n');
} else {
  console.log(`${label}: ${files.length} files analysed (${incomplete} incomplete)`);
  console.log(`${'rule'.padEnd(30)} ${'recall'.padStart(16)} ${'look-alikes flagged'.padStart(22)}`);
  for (const [id, r] of [...byRule.entries()].sort()) {
    console.log(`${id.padEnd(30)} ${`${r.found}/${r.flaws} ${pct(r.found, r.flaws)}`.padStart(16)} ${`${r.flagged}/${r.safe} ${pct(r.flagged, r.safe)}`.padStart(22)}`);
  }
  console.log(`${'all rules'.padEnd(30)} ${`${total.found}/${total.flaws} ${pct(total.found, total.flaws)}`.padStart(16)} ${`${total.flagged}/${total.safe} ${pct(total.flagged, total.safe)}`.padStart(22)}`);
  if (VERBOSE) {
    for (const e of misses) console.log(`missed   ${e.rule}  ${rel(e.file)}:${e.line + 1}`);
    for (const e of flagged) console.log(`flagged  ${e.rule}  ${rel(e.file)}:${e.line + 1}`);
  }
}
if (CHECK && (total.found < 0.9 * total.flaws || total.flagged > 0.05 * total.safe)) process.exit(1);
