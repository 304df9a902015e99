#!/usr/bin/env node
// Long robustness run (the short one is test/unit/robustness.test.mjs). Needs a built dist/:
//
//   npm run build && node test/robustness/fuzz.mjs [options]
//
//   --seed N          run seed (default 1); input i of seed N is always the same text
//   --inputs N        mutated files through engine.analyzeText (default 100000)
//   --sequences N     edit sequences for the incremental check (default 2000)
//   --edits-per-sequence N  (default 12)
//   --lsp-edits N     edits sent to the language server (default 10000)
//   --workers N       engine worker threads (default 1; the machine may be shared)
//   --limit-ms N      per-file time limit (default 250)
//   --out DIR         where reports and reproductions go (default .test-output/fuzz)
//   --dist DIR        the built bundles to test (default dist/; a copy keeps a long run stable
//                     while dist/ is rebuilt)
//   --repro I         rebuild input I of --seed, analyse it once, save it, print the timings
//
// Prints the counts, crashes, hangs, time-limit overruns, incremental and LSP mismatches, the
// slowest input (saved with its seed and mutations so it can be reproduced) and the total time;
// exits 1 if any of those checks failed. Everything found is saved under --out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { EXT_BY_LANG, loadSeeds, makeInput } from './mutate.mjs';
import { runEngineJobs } from './runner.mjs';
import { lspFuzz } from './lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let seedsCache;

function parseArgs(argv) {
  const o = { seed: 1, inputs: 100_000, sequences: 2_000, editsPerSequence: 12, lspEdits: 10_000, workers: 1, limitMs: 250, out: join(root, '.test-output', 'fuzz'), dist: join(root, 'dist'), repro: undefined };
  const num = (v, name) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--seed') o.seed = num(v(), a);
    else if (a === '--inputs') o.inputs = num(v(), a);
    else if (a === '--sequences') o.sequences = num(v(), a);
    else if (a === '--edits-per-sequence') o.editsPerSequence = num(v(), a);
    else if (a === '--lsp-edits') o.lspEdits = num(v(), a);
    else if (a === '--workers') o.workers = Math.max(1, num(v(), a));
    else if (a === '--limit-ms') o.limitMs = num(v(), a);
    else if (a === '--out') o.out = v();
    else if (a === '--dist') o.dist = v();
    else if (a === '--repro') o.repro = num(v(), a);
    else if (a === '--help' || a === '-h') {
      console.log(readHelp());
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  return o;
}

function readHelp() {
  return 'node test/robustness/fuzz.mjs [--seed N] [--inputs N] [--sequences N] [--edits-per-sequence N] [--lsp-edits N] [--workers N] [--limit-ms N] [--out DIR] [--dist DIR] [--repro I]';
}

const o = parseArgs(process.argv.slice(2));
// The default folder holds only this script's output: start it empty.
if (o.out === join(root, '.test-output', 'fuzz')) rmSync(o.out, { recursive: true, force: true });
mkdirSync(o.out, { recursive: true });
const engineMod = createRequire(import.meta.url)(join(o.dist, 'engine.js'));
const t0 = performance.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (s) => process.stderr.write(`[${secs(performance.now() - t0)}] ${s}\n`);

/** Saves an input under --out and returns its path. */
function save(name, lang, text, meta) {
  const base = join(o.out, name);
  const file = base + (EXT_BY_LANG[lang] ?? '.txt');
  writeFileSync(file, text ?? '');
  writeFileSync(base + '.json', JSON.stringify(meta, null, 2) + '\n');
  return file;
}

if (o.repro !== undefined) {
  const seeds = loadSeeds(root);
  const input = makeInput(seeds, o.seed, o.repro);
  const engine = await engineMod.Engine.create(o.dist);
  const t = performance.now();
  const r = engine.analyzeText(input.file, input.text, { lang: input.lang, host: input.host });
  const ms = performance.now() - t;
  const path = save(`repro-${o.seed}-${o.repro}`, input.lang, input.text, { seed: o.seed, index: o.repro, inputSeed: input.inputSeed, seedName: input.seedName, file: input.file, lang: input.lang, ops: input.ops, chars: input.text.length });
  console.log(JSON.stringify({ seedName: input.seedName, lang: input.lang, ops: input.ops, chars: input.text.length, ms: +ms.toFixed(1), timings: r.timings, incomplete: r.incomplete, findings: r.findings.length, saved: path }, null, 2));
  process.exit(0);
}

let failed = false;
const report = { seed: o.seed, limitMs: o.limitMs };

// 1. Mutated files through analyzeText.
{
  let last = 0;
  const r = await runEngineJobs({
    root,
    dist: o.dist,
    job: 'inputs',
    runSeed: o.seed,
    count: o.inputs,
    limitMs: o.limitMs,
    workers: o.workers,
    onProgress: (s) => {
      if (performance.now() - last < 15_000) return;
      last = performance.now();
      log(`engine inputs: ${s.runs}/${o.inputs}, crashes ${s.crashes.length}, hangs ${s.hangs.length}, over ${o.limitMs} ms ${s.timeouts.length}, slowest ${s.slowest?.ms.toFixed(0)} ms`);
    },
  });
  report.inputs = summarize(r, 'input');
  if (r.slowest) {
    const { text, ...meta } = r.slowest;
    report.inputs.slowest.saved = save('slowest', r.slowest.lang, text, { seed: o.seed, ...meta, repro: `node test/robustness/fuzz.mjs --seed ${o.seed} --repro ${r.slowest.index}` });
  }
  // The first 30 crashing inputs are saved; all are listed.
  for (const [k, c] of r.crashes.entries()) report.inputs.crashList.push({ ...strip(c), saved: k < 30 ? save(`crash-${o.seed}-${c.index}`, c.lang, c.text, { seed: o.seed, ...strip(c) }) : undefined });
  for (const f of r.failures) report.inputs.failureList.push({ ...strip(f), saved: save(`failure-${o.seed}-${f.index}`, f.lang, f.text, { seed: o.seed, ...strip(f) }) });
  for (const [k, t] of r.timeouts.slice(0, 20).entries()) {
    const input = makeInput(loadSeedsOnce(), o.seed, t.index);
    report.inputs.timeoutList.push({ ...t, saved: save(`timeout-${o.seed}-${t.index}`, t.lang, input.text, { seed: o.seed, ...t, rank: k }) });
  }
  failed ||= r.crashes.length + r.hangs.length + r.failures.length + r.timeouts.length > 0;
  log(`engine inputs done: ${r.runs} in ${secs(performance.now() - t0)}`);
}

// 2. Incremental analysis on edited trees equals a full analysis of the same tree.
{
  const t1 = performance.now();
  const r = await runEngineJobs({ root, dist: o.dist, job: 'incremental', runSeed: o.seed, count: o.sequences, limitMs: o.limitMs, workers: o.workers, editsPerSequence: o.editsPerSequence });
  report.incremental = { sequences: r.runs, edits: r.steps, crashes: r.crashes.length, hangs: r.hangs.length, analysisFailures: r.failures.length, mismatches: r.mismatches.length, slowestStepMs: r.slowest ? +r.slowest.ms.toFixed(1) : null, seconds: +((performance.now() - t1) / 1000).toFixed(1) };
  if (r.mismatches.length) writeFileSync(join(o.out, `incremental-mismatches-${o.seed}.json`), JSON.stringify(r.mismatches, null, 2));
  if (r.crashes.length || r.failures.length) writeFileSync(join(o.out, `incremental-crashes-${o.seed}.json`), JSON.stringify([...r.crashes, ...r.failures].map(strip), null, 2));
  failed ||= r.crashes.length + r.hangs.length + r.failures.length + r.mismatches.length > 0;
  log(`incremental done: ${r.steps} edits in ${r.runs} sequences, ${r.mismatches.length} mismatches`);
}

// 3. Edit batches through the language server.
{
  const t1 = performance.now();
  const engine = await engineMod.Engine.create(o.dist);
  const dir = mkdtempSync(join(tmpdir(), 'mcpw-fuzz-'));
  const totals = { docs: 0, batches: 0, edits: 0, notifications: 0, compared: 0, comparedTreeEqual: 0, skippedTreeDiffers: 0, notComparableTimeBudget: 0, problems: [], errorLogs: [] };
  try {
    // One server per round of documents, so a crash or a leak in one round does not hide the rest.
    for (let round = 0; totals.edits < o.lspEdits && totals.problems.length < 10; round++) {
      let r;
      try {
        r = await lspFuzz({ dist: o.dist, engine, engineMod, dir, seeds: loadSeedsOnce(), runSeed: o.seed * 1000 + round, docs: 10, batches: 30 });
      } catch (e) {
        totals.problems.push({ round, what: 'server failure', error: String(e?.stack ?? e).slice(0, 4000) });
        break;
      }
      for (const k of ['docs', 'batches', 'edits', 'notifications', 'compared', 'comparedTreeEqual', 'skippedTreeDiffers', 'notComparableTimeBudget']) totals[k] += r[k];
      totals.problems.push(...r.problems.map((p) => ({ round, ...p })));
      totals.errorLogs.push(...r.errorLogs);
      log(`lsp: ${totals.edits}/${o.lspEdits} edits, ${totals.batches} batches, ${totals.problems.length} problems, ${totals.notComparableTimeBudget} not comparable (time budget)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report.lsp = { ...totals, problems: totals.problems.length, errorLogs: totals.errorLogs.length, seconds: +((performance.now() - t1) / 1000).toFixed(1) };
  if (totals.problems.length) writeFileSync(join(o.out, `lsp-problems-${o.seed}.json`), JSON.stringify(totals.problems, null, 2));
  if (totals.errorLogs.length) writeFileSync(join(o.out, `lsp-error-logs-${o.seed}.json`), JSON.stringify(totals.errorLogs, null, 2));
  failed ||= totals.problems.length > 0 || totals.errorLogs.length > 0;
}

report.totalSeconds = +((performance.now() - t0) / 1000).toFixed(1);
report.ok = !failed;
writeFileSync(join(o.out, `report-${o.seed}.json`), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
process.exit(failed ? 1 : 0);

// ---------------------------------------------------------------------------------------------

function loadSeedsOnce() {
  seedsCache ??= loadSeeds(root);
  return seedsCache;
}

function strip(x) {
  const { text, ...rest } = x;
  return rest;
}

function summarize(r, what) {
  return {
    [`${what}s`]: r.runs,
    megabytes: +(r.bytes / 1e6).toFixed(1),
    crashes: r.crashes.length,
    hangs: r.hangs.length,
    runBeforeAHangUnreported: r.unreported,
    analysisFailures: r.failures.length,
    overLimit: r.timeouts.length,
    incomplete: r.incomplete,
    slowest: r.slowest ? { ms: +r.slowest.ms.toFixed(1), chars: r.slowest.chars, lang: r.slowest.lang, seedName: r.slowest.seedName, ops: r.slowest.ops, index: r.slowest.index, inputSeed: r.slowest.inputSeed } : null,
    crashList: [],
    failureList: [],
    hangList: r.hangs,
    timeoutList: [],
  };
}
