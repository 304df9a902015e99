// Runs a range of fuzz jobs against the engine in a worker thread, so that a crash that breaks
// the engine for good (tree-sitter's wasm memory) or a hang costs one worker, not the whole run.
// Driven by runner.mjs; see there for the messages.
//
// job 'inputs':      input i = makeInput(seeds, runSeed, i) (or makeTargetedInput with `targeted`,
//                    deepInputs(seeds)[i] with targeted: 'deep'),
//                    timed around engine.analyzeText.
// job 'incremental': sequence i = random edits on one tree; after each edit, analyzeTree with
//                    { incremental: true } must give the same findings as without, on the same tree.
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { MAX_CHARS, applyEdit, deepInputs, derive, loadSeeds, makeInput, makeTargetedInput, picker, prng, randomEdit, MUTATIONS } from './mutate.mjs';

const { root, dist, job, targeted, runSeed, from, to, limitMs, generated, editsPerSequence, progress } = workerData;
const { Engine, makeEdit } = createRequire(import.meta.url)(join(dist, 'engine.js'));
const engine = await Engine.create(dist);
const seeds = loadSeeds(root, { generated });
// progress[0]: index being worked on; progress[1]: bumped after every unit of work (heartbeat).
const beat = (i) => {
  Atomics.store(progress, 0, i);
  Atomics.add(progress, 1, 1);
};

const stats = { runs: 0, steps: 0, bytes: 0, incomplete: {}, timeouts: [], slowest: null, mismatches: [] };
const post = (type, extra = {}) => parentPort.postMessage({ type, stats, ...extra });

function timed(fn) {
  const t0 = performance.now();
  const r = fn();
  return { r, ms: performance.now() - t0 };
}

function countIncomplete(incomplete) {
  if (!incomplete) return;
  const key = incomplete.replace(/:.*/s, '');
  stats.incomplete[key] = (stats.incomplete[key] ?? 0) + 1;
}

let deep;
const inputAt = (i) => {
  if (targeted === 'deep') return (deep ??= deepInputs(seeds))[i];
  return (targeted ? makeTargetedInput : makeInput)(seeds, runSeed, i);
};

function runInput(i) {
  const input = inputAt(i);
  const analyze = () => engine.analyzeText(input.file, input.text, { lang: input.lang, host: input.host });
  let { r, ms } = timed(analyze);
  // Over the limit: measure twice more and keep the fastest, so a GC pause or a busy machine
  // is not taken for a slow input.
  for (let k = 0; k < 2 && ms > limitMs; k++) ms = Math.min(ms, timed(analyze).ms);
  stats.runs++;
  stats.bytes += input.text.length;
  countIncomplete(r.incomplete);
  const info = { index: i, inputSeed: input.inputSeed, seedName: input.seedName, file: input.file, lang: input.lang, ops: input.ops, chars: input.text.length, ms, incomplete: r.incomplete };
  if (r.incomplete?.startsWith('analysis failed')) post('failure', { failure: { ...info, kind: 'analysis failed', message: r.incomplete }, text: input.text });
  if (ms > limitMs) stats.timeouts.push(info);
  if (!stats.slowest || ms > stats.slowest.ms) stats.slowest = { ...info, text: input.text };
}

function runSequence(i) {
  const p = picker(prng(derive(runSeed, i)));
  const seed = p.one(seeds);
  let text = seed.text.slice(0, 20_000);
  const lang = seed.lang;
  const ops = [];
  if (p.chance(0.3)) {
    const m = p.one(MUTATIONS.filter((x) => x.name !== 'deep-nesting' && x.name !== 'long-line'));
    ops.push(m.name);
    text = m.fn(text, p, { lang, seeds, budget: MAX_CHARS }).slice(0, MAX_CHARS);
  }
  const siblings = new Map(seeds.filter((s) => s.project === seed.project && s.file !== seed.file).map((s) => [s.file, s.text]));
  const opts = { host: { readFile: (abs) => siblings.get(abs) } };
  const file = seed.file;
  engine.forget(file);
  let tree = engine.parsers.parse(lang, text, null, 1500);
  if (!tree) return;
  const edits = [];
  try {
    engine.analyzeTree(file, lang, text, tree, { ...opts, incremental: true });
    for (let k = 0; k < editsPerSequence; k++) {
      const e = randomEdit(text, p, { allowBreaking: p.chance(0.6) });
      edits.push(e);
      const next = applyEdit(text, e);
      tree.edit(makeEdit(text, e.start, e.end, e.insert));
      const newTree = engine.parsers.parse(lang, next, tree, 1500);
      tree.delete();
      tree = newTree;
      text = next;
      if (!tree) return;
      const { r: inc, ms } = timed(() => engine.analyzeTree(file, lang, text, tree, { ...opts, incremental: true }));
      const full = engine.analyzeTree(file, lang, text, tree, opts);
      stats.steps++;
      countIncomplete(inc.incomplete);
      if (inc.incomplete?.startsWith('analysis failed') || full.incomplete?.startsWith('analysis failed')) {
        post('failure', { failure: { index: i, kind: 'analysis failed', seedName: seed.name, lang, ops, step: k, edits, message: inc.incomplete ?? full.incomplete }, text });
      }
      if (inc.incomplete || full.incomplete) continue; // a budget stop reports less; nothing to compare
      const a = JSON.stringify(inc.findings);
      const b = JSON.stringify(full.findings);
      const da = JSON.stringify(inc.definitions);
      const db = JSON.stringify(full.definitions);
      if ((a !== b || da !== db) && stats.mismatches.length < 20) {
        stats.mismatches.push({ index: i, seedName: seed.name, file, lang, ops, step: k, edits: edits.slice(), findings: a === b ? 'same' : { incremental: inc.findings, full: full.findings }, definitions: da === db ? 'same' : 'differ' });
      }
      if (!stats.slowest || ms > stats.slowest.ms) stats.slowest = { index: i, seedName: seed.name, lang, step: k, chars: text.length, ms };
    }
  } finally {
    tree?.delete();
    engine.forget(file);
    stats.runs++;
  }
}

let lastPost = performance.now();
for (let i = from; i < to; i++) {
  beat(i);
  try {
    if (job === 'inputs') runInput(i);
    else runSequence(i);
  } catch (e) {
    // Something escaped the engine: report it and stop this worker (the engine may be broken now).
    const input = job === 'inputs' ? inputAt(i) : undefined;
    post('crash', {
      crash: { index: i, error: `${e?.constructor?.name ?? 'Error'}: ${e?.message ?? e}`, stack: String(e?.stack ?? '').split('\n').filter((l) => !l.includes('wasm-function')).slice(0, 12).join('\n'), seedName: input?.seedName, lang: input?.lang, ops: input?.ops, inputSeed: input?.inputSeed, chars: input?.text.length },
      text: input?.text,
    });
    process.exit(0);
  }
  // Report often enough that a hang (the worker is then terminated) loses little.
  if ((i - from) % 100 === 99 || performance.now() - lastPost > 500) {
    lastPost = performance.now();
    post('progress', { next: i + 1 });
    stats.runs = 0;
    stats.steps = 0;
    stats.bytes = 0;
    stats.incomplete = {};
    stats.timeouts = [];
    stats.mismatches = [];
    stats.slowest = null;
  }
}
post('done');
