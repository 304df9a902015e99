// Robustness, short run (the long one: node test/robustness/fuzz.mjs). Seeded, so a failure
// here fails the same way on the next run; the seed can be changed with ROBUSTNESS_SEED.
//
// 1. Mutated sources (fixtures, examples, generated servers): truncated, characters inserted and
//    deleted, lines duplicated and swapped, unbalanced brackets and quotes, thousands of nesting
//    levels, very long lines, lone surrogates, random unicode, CR LF and mixed line endings, BOM.
//    For each: analyzeText does not throw, never reports "analysis failed", and parsing plus
//    analysis takes at most LIMIT_MS (inputs are at most 50 KB; a slow one is measured three
//    times and the fastest counts). First every deeply nested construct (1,000 and 3,000 levels) in
//    every language, then each kind of damage on every language, then random mixes.
// 2. Random edits on one tree: analyzeTree with { incremental: true } gives exactly the findings
//    of analyzeTree without it, on the same tree.
// 3. Random edit batches through the language server over stdio: the diagnostics published for
//    the final version equal a fresh analysis of the final text (see test/robustness/lsp.mjs).
//
// The engine runs in worker threads (test/robustness/runner.mjs): a crash that breaks
// tree-sitter's wasm memory stays in its worker and is reported with the input that caused it.
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';
import { EXT_BY_LANG, MUTATIONS, deepInputs, loadSeeds } from '../robustness/mutate.mjs';
import { runEngineJobs } from '../robustness/runner.mjs';
import { lspFuzz } from '../robustness/lsp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20_240_611);
const LIMIT_MS = 250;
const OUT = join(root, '.test-output', 'robustness');

/** Saves failing inputs so they can be opened and re-run; returns a readable list. */
function describe(list, name) {
  if (list.length === 0) return [];
  mkdirSync(OUT, { recursive: true });
  return list.slice(0, 10).map((x) => {
    const { text, stack, ...meta } = x;
    let saved;
    if (text !== undefined) {
      saved = join(OUT, `${name}-${SEED}-${x.index}${EXT_BY_LANG[x.lang] ?? '.txt'}`);
      writeFileSync(saved, text);
    }
    return JSON.stringify({ ...meta, saved });
  });
}

function assertClean(r, what) {
  assert.deepEqual(describe(r.crashes, 'crash'), [], `${what}: exceptions escaped the engine`);
  assert.deepEqual(r.hangs, [], `${what}: the engine stopped making progress`);
  assert.deepEqual(describe(r.failures, 'failure'), [], `${what}: "analysis failed" (internal errors caught by the engine)`);
}

test('mutated sources: no exception, no internal failure, each file within the time limit', { timeout: 120_000 }, async () => {
  const deepCount = deepInputs(loadSeeds(root)).length;
  const deep = await runEngineJobs({ root, dist, job: 'inputs', targeted: 'deep', runSeed: SEED, count: deepCount, limitMs: LIMIT_MS });
  const targeted = await runEngineJobs({ root, dist, job: 'inputs', targeted: true, runSeed: SEED, count: MUTATIONS.length * 4, limitMs: LIMIT_MS });
  const random = await runEngineJobs({ root, dist, job: 'inputs', runSeed: SEED, count: 240, limitMs: LIMIT_MS });
  for (const [r, what] of [[deep, 'every deeply nested construct (1,000 and 3,000 levels) in every language'], [targeted, 'each mutation in each language'], [random, 'random mutations']]) {
    console.log(`${what}: ${r.runs} inputs (${(r.bytes / 1e6).toFixed(1)} MB), slowest ${r.slowest?.ms.toFixed(0)} ms (${r.slowest?.chars} chars, ${r.slowest?.lang}, ${r.slowest?.ops.join('+')})`);
    assertClean(r, what);
    assert.deepEqual(describe(r.timeouts.map((t) => ({ ...t, ms: Math.round(t.ms) })), 'slow'), [], `${what}: parse + analysis over ${LIMIT_MS} ms`);
  }
  for (const [r, n] of [[deep, deepCount], [targeted, MUTATIONS.length * 4], [random, 240]]) assert.equal(r.runs + r.crashes.length + r.hangs.length, n, 'every input was run');
});

test('incremental analysis equals a full analysis of the same edited tree', { timeout: 120_000 }, async () => {
  const r = await runEngineJobs({ root, dist, job: 'incremental', runSeed: SEED, count: 16, limitMs: LIMIT_MS, editsPerSequence: 12 });
  console.log(`incremental: ${r.steps} edits in ${r.runs} sequences`);
  assertClean(r, 'incremental');
  if (r.mismatches.length) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, `incremental-mismatches-${SEED}.json`), JSON.stringify(r.mismatches, null, 2));
  }
  const show = r.mismatches.slice(0, 3).map((m) => JSON.stringify({ ...m, edits: m.edits.slice(-5), findings: m.findings === 'same' ? 'same' : { incremental: m.findings.incremental.map(brief), full: m.findings.full.map(brief) } }));
  assert.deepEqual(show, [], 'incremental and full analysis differ (seed, sequence index, step and last edits shown)');
  assert.ok(r.steps >= 100, `enough edits were checked (${r.steps})`);
});

test('language server: diagnostics after random edit batches equal a fresh analysis', { timeout: 120_000 }, async () => {
  const engine = await engineMod.Engine.create(dist);
  const dir = mkdtempSync(join(tmpdir(), 'mcpw-robust-'));
  try {
    const r = await lspFuzz({ dist, engine, engineMod, dir, seeds: loadSeeds(root), runSeed: SEED, docs: 4, batches: 8 });
    console.log(`lsp: ${r.edits} edits in ${r.batches} batches over ${r.docs} documents; ${r.compared} compared (${r.comparedTreeEqual} with syntax errors but the same tree), ${r.skippedTreeDiffers} not comparable`);
    if (r.problems.length) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `lsp-problems-${SEED}.json`), JSON.stringify(r.problems, null, 2));
    }
    const show = r.problems.slice(0, 3).map((p) => JSON.stringify({ ...p, initial: `<${p.initial.length} chars>`, text: `<${p.text.length} chars>`, history: p.history.slice(-6) }));
    assert.deepEqual(show, [], 'published diagnostics differ from a fresh analysis');
    assert.deepEqual(r.errorLogs, [], 'the server logged no errors');
    assert.ok(r.compared >= r.batches / 2, `most batches were compared (${r.compared} of ${r.batches + r.docs})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function brief(f) {
  return `${f.ruleId}@${f.range.start.line + 1}:${f.range.start.character + 1} ${f.definition ?? ''}`;
}

test('a statement of thousands of nested conditionals is skipped before parsing; ordinary ?: / ?. / ?? chains are analysed', async () => {
  const { Engine: E } = engineMod;
  const eng = await E.create(dist);
  const head = "import { execSync } from 'node:child_process';\nserver.tool('t', { c: z.string() }, async ({ c }) => {\n  execSync(c);\n  return { content: [] };\n});\n";
  const deep = eng.analyzeText('/r/deep.ts', head + 'const v = ' + 'a ? b : '.repeat(1500) + 'c;\n');
  assert.match(deep.incomplete ?? '', /1500 conditional expressions nested in one statement/);
  // Many ternaries, optional chains and nullish operators spread over statements, or under 1,000 in one: analysed.
  for (const body of ['const v = a ? b : c;\n'.repeat(2000), 'const v = ' + 'a ? b : '.repeat(900) + 'c;\n', 'const v = a' + '?.b ?? c'.repeat(2000) + ';\n', 'const s = "' + '?'.repeat(3000) + '";\n']) {
    const r = eng.analyzeText('/r/ok.ts', head + body);
    assert.equal(r.incomplete, undefined, body.slice(0, 30));
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['tool-input-to-shell'], body.slice(0, 30));
  }
});

test('inputs that once hung or took seconds (test/robustness/cases) finish quickly, quick fixes included', () => {
  // In a child process: a synchronous endless loop cannot be interrupted from inside.
  const dir = join(root, 'test', 'robustness', 'cases');
  const script = `
    const { Engine } = require(${JSON.stringify(join(dist, 'engine.js'))});
    const { readFileSync, readdirSync } = require('node:fs');
    (async () => {
      const engine = await Engine.create(${JSON.stringify(dist)});
      for (const f of readdirSync(${JSON.stringify(dir)}).sort()) {
        const t = performance.now();
        const r = engine.analyzeText('/cases/' + f, readFileSync(${JSON.stringify(dir)} + '/' + f, 'utf8'), {});
        console.log(JSON.stringify({ f, ms: Math.round(performance.now() - t), findings: r.findings.length }));
      }
    })();`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.signal, null, `the analysis did not finish within 60 s: ${r.stdout}`);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, readdirSync(dir).length);
  // Generous for a busy machine; these took 1–2 s (or never finished) before their fixes.
  for (const row of rows) assert.ok(row.ms < 1000, `${row.f}: ${row.ms} ms`);
});
