#!/usr/bin/env node
// Replays one incremental-analysis mismatch saved by the fuzzer (fuzz.mjs writes
// incremental-mismatches-SEED.json; each entry has the seed file, the mutations `ops`, the
// sequence index and the edits up to the failing step). Needs a built dist/:
//
//   npm run build && node test/robustness/replay-incremental.mjs FILE [INDEX] [options]
//
//   FILE              an incremental-mismatches-SEED.json written by fuzz.mjs
//   INDEX             which entry of FILE (default: every entry, one after the other)
//   --seed N          the run seed (default: the number in FILE's name, else 1); needed to redo
//                     the entry's `ops` mutations, which draw from the sequence's random stream
//   --dist DIR        the built bundles (default dist/)
//   --text            also print the final text
//   --cache-pressure  before the last incremental analysis, make the engine's module cache full
//                     (100 entries, the engine's limit) with the project files the sequence
//                     loaded as its oldest entries, as on the fuzzer's worker engine after
//                     hundreds of sequences: a new import in that analysis then evicts a helper
//                     module. Pokes at the engine's private moduleCache; a debugging aid only.
//
// Rebuilds the text as worker.mjs does (seed file, then the `ops` mutation drawn from the
// sequence's picker, then each recorded edit with applyEdit and tree.edit + an incremental
// re-parse), runs the analysis with { incremental: true } after every edit on one Engine, and
// compares the last result with a full analysis of the same tree and with a fresh Engine's
// analyzeText of the final text. Prints the findings and definitions that differ; exits 1 when
// an entry still mismatches, 0 when all entries agree.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { MAX_CHARS, MUTATIONS, applyEdit, derive, loadSeeds, picker, prng } from './mutate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
let file;
let index;
let runSeed;
let dist = join(root, 'dist');
let showText = false;
let pressure = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--seed') runSeed = Number(args[++i]);
  else if (a === '--dist') dist = args[++i];
  else if (a === '--text') showText = true;
  else if (a === '--cache-pressure') pressure = true;
  else if (a === '--help' || a === '-h') {
    console.log('node test/robustness/replay-incremental.mjs FILE [INDEX] [--seed N] [--dist DIR] [--text] [--cache-pressure]');
    process.exit(0);
  } else if (file === undefined) file = a;
  else if (index === undefined) index = Number(a);
  else throw new Error(`unexpected argument ${a}`);
}
if (!file) throw new Error('usage: replay-incremental.mjs FILE [INDEX] (see --help)');
runSeed ??= Number(/-(\d+)\.json$/.exec(basename(file))?.[1] ?? 1);

const entries = JSON.parse(readFileSync(file, 'utf8'));
const { Engine, makeEdit } = createRequire(import.meta.url)(join(dist, 'engine.js'));
const engine = await Engine.create(dist);
const seeds = loadSeeds(root);

/** The text the sequence started from: the seed file, mutated as worker.mjs's runSequence does. */
function startText(entry) {
  const seed = seeds.find((s) => s.name === entry.seedName);
  if (!seed) throw new Error(`seed ${entry.seedName} not found`);
  const p = picker(prng(derive(runSeed, entry.index)));
  p.rand(); // worker.mjs: p.one(seeds)
  let text = seed.text.slice(0, 20_000);
  if (p.chance(0.3)) {
    const m = p.one(MUTATIONS.filter((x) => x.name !== 'deep-nesting' && x.name !== 'long-line'));
    if (entry.ops?.[0] !== m.name) throw new Error(`sequence ${entry.index} of seed ${runSeed} draws the mutation ${m.name}, the entry says ${JSON.stringify(entry.ops)} (wrong --seed?)`);
    text = m.fn(text, p, { lang: seed.lang, seeds, budget: MAX_CHARS }).slice(0, MAX_CHARS);
  } else if (entry.ops?.length) throw new Error(`sequence ${entry.index} of seed ${runSeed} draws no mutation, the entry says ${JSON.stringify(entry.ops)} (wrong --seed?)`);
  return { seed, text };
}

const key = (x) => JSON.stringify(x);
const brief = (f) => ({ rule: f.ruleId, range: `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`, message: f.message?.slice(0, 120), flow: f.flow?.map((s) => `${s.file ? basename(s.file) + ':' : ''}${s.range?.start?.line}:${s.range?.start?.character}-${s.range?.end?.line}:${s.range?.end?.character} ${s.message ?? ''}`) });

/** Findings only in `a`, only in `b` (compared as JSON). */
function diff(a, b) {
  const kb = new Set(b.map(key));
  const ka = new Set(a.map(key));
  return { onlyA: a.filter((x) => !kb.has(key(x))), onlyB: b.filter((x) => !ka.has(key(x))) };
}

function replay(entry, n) {
  const { seed, text: start } = startText(entry);
  const siblings = new Map(seeds.filter((s) => s.project === seed.project && s.file !== seed.file).map((s) => [s.file, s.text]));
  const opts = { host: { readFile: (abs) => siblings.get(abs) } };
  const lang = seed.lang;
  let text = start;
  engine.forget(seed.file);
  let tree = engine.parsers.parse(lang, text, null, 1500);
  let inc = engine.analyzeTree(seed.file, lang, text, tree, { ...opts, incremental: true });
  for (const [k, e] of entry.edits.entries()) {
    const next = applyEdit(text, e);
    tree.edit(makeEdit(text, e.start, e.end, e.insert));
    const newTree = engine.parsers.parse(lang, next, tree, 1500);
    tree.delete();
    tree = newTree;
    text = next;
    if (pressure && k === entry.edits.length - 1) fillModuleCache(seed.project);
    inc = engine.analyzeTree(seed.file, lang, text, tree, { ...opts, incremental: true });
  }
  const full = engine.analyzeTree(seed.file, lang, text, tree, opts);
  tree.delete();
  engine.forget(seed.file);
  const fresh = freshEngine.analyzeText(seed.file, text, { ...opts, lang });

  console.log(`\n#${n}: sequence ${entry.index}, ${entry.seedName}${entry.ops?.length ? ` (${entry.ops.join(', ')})` : ''}, ${entry.edits.length} edits, ${text.length} chars`);
  if (inc.incomplete || full.incomplete) console.log(`  incomplete: incremental ${inc.incomplete ?? '-'}, full ${full.incomplete ?? '-'}`);
  if (showText) console.log('--- text ---\n' + text + '\n--- end ---');
  let same = true;
  for (const [what, a, b] of [
    ['findings', inc.findings, full.findings],
    ['definitions', inc.definitions, full.definitions],
  ]) {
    if (key(a) === key(b)) continue;
    same = false;
    const d = diff(a, b);
    console.log(`  ${what} differ: ${d.onlyA.length} only incremental, ${d.onlyB.length} only full`);
    for (const x of d.onlyA) console.log('    incremental:', JSON.stringify(what === 'findings' ? brief(x) : x));
    for (const x of d.onlyB) console.log('    full:       ', JSON.stringify(what === 'findings' ? brief(x) : x));
    if (!d.onlyA.length && !d.onlyB.length) console.log('    (same items, different order)');
  }
  if (key(full.findings) !== key(fresh.findings)) console.log('  note: the full analysis of the edited tree differs from a fresh parse (error recovery); not an incremental-cache problem');
  console.log(same ? '  incremental == full' : '  MISMATCH');
  return same;
}

/** The module cache full, the project's files in it the oldest entries (see --cache-pressure). */
function fillModuleCache(project) {
  const cache = engine.moduleCache;
  if (!(cache instanceof Map)) throw new Error('--cache-pressure: the engine has no moduleCache map (renamed?)');
  const entries = [...cache.entries()];
  const ours = ([k]) => k.startsWith(project + '/');
  cache.clear();
  for (const e of [...entries.filter(ours), ...entries.filter((e) => !ours(e))]) cache.set(e[0], e[1]);
  for (let i = 0; cache.size < 100; i++) cache.set(`/replay-incremental/placeholder${i}.py`, { version: undefined, mod: undefined });
}

const freshEngine = await Engine.create(dist);
let ok = true;
const picked = index === undefined ? entries.map((e, i) => [e, i]) : [[entries[index], index]];
for (const [entry, i] of picked) {
  if (!entry) throw new Error(`no entry ${i} in ${file} (${entries.length} entries)`);
  ok = replay(entry, i) && ok;
}
process.exit(ok ? 0 : 1);
