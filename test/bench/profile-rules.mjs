// Where the engine's time goes: CPU time per phase and per check rule, in-process, on the
// benchmark's generated inputs (test/bench/generate.mjs). A profiling aid, not a test.
//
//   npm run build && node test/bench/profile-rules.mjs [options]
//
//   --only ts,py,tree,edit   targets (default all; edit-ts / edit-py for one language's edits):
//        ts    one ~5,000-line TypeScript MCP server (bench (a)'s server-5000, helpers.ts beside it)
//        py    one ~5,000-line FastMCP Python server
//        tree  the ~1,500-file workspace of bench (b) (seed 42)
//        edit  the keystroke path of the language server on the ts and py files: single-character
//              edits in handlers, incremental re-parse + analyzeTree({ incremental, changedRanges,
//              checks: false, fixes: false }), then the check rules as settle() runs them
//   --runs N          timed runs per target, medians reported (default 7; tree 3)
//   --tree-files N    files in the workspace (default 1500)
//   --edits N         edits per file for `edit` (default 60)
//   --no-cpu-profile  skip the sampled split of the language analysis (below)
//   --findings        print a digest of every finding (rule, range, message) per target, to check
//                     that a performance change kept the results identical
//   --rule ID         sample only this check rule (the others off) in the checks profile
//   --dist DIR        the build to load (default dist/; a private copy is steadier while others rebuild)
//   --json            machine-readable output
//
// Phases, each timed separately on the same tree with process.cpuUsage() (user+system CPU time
// of the process, so descheduling on a shared machine does not count; medians over the runs):
//   parse     tree-sitter parse of the file (Engine.parsers.parse)
//   analysis  language analysis: module info, discovery, taint (analyzeTree, checks and fixes off)
//   checks    the check rules (Engine.checkFindings, as the language server's settle() runs them);
//             split per rule by wrapping each rule's check() (RULES from dist/engine.js)
//   fixes     quick fixes for every finding (Engine.withFixes)
//   full      analyzeText with defaults, what the CLI runs (parse + all of the above)
// The language analysis is split further from one run under the V8 sampling profiler (samples
// mapped through dist/engine.js.map): each sample goes to the innermost phase marker on its stack
// (runHandler → taint; js/discover.ts and the rest of py/analyze.ts → discovery; module builders
// and helper loading → module; parser → parse). The check rules are sampled too (repeated to
// about 300 ms; with `tree`, skipReason's full scan of each new text shows up there, which the CLI
// pays once per file in analyzeText). Each sampled part lists the functions with the most self
// and inclusive time. The profiler slows the code down; read those figures as shares. The
// machine may be shared: compare figures taken in the same conditions (--dist for A/B builds).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire, SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { generateTree, pyServer, tsHelper, tsServer } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : dflt;
};
const dist = resolve(opt('--dist', join(root, 'dist')));
const engineMod = createRequire(import.meta.url)(join(dist, 'engine.js'));
const { Engine, RULES, langFromPath, makeEditAt } = engineMod;
const ONLY = new Set(opt('--only', 'ts,py,tree,edit').split(','));
const RUNS = Number(opt('--runs', 0)) || undefined;
const TREE_FILES = Number(opt('--tree-files', 1500));
const EDITS = Number(opt('--edits', 60));
const CPU_PROFILE = !argv.includes('--no-cpu-profile');
const FINDINGS = argv.includes('--findings');
const JSON_OUT = argv.includes('--json');
const ONLY_RULE = opt('--rule', undefined);
const onlyRule = ONLY_RULE ? Object.fromEntries(RULES.filter((r) => r.meta.id !== ONLY_RULE).map((r) => [r.meta.id, 'off'])) : undefined;
const log = (s) => process.stderr.write(`profile: ${s}\n`);

/** CPU milliseconds (user + system) of the process. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

// ── Per-rule timing: wrap every check() once; `ruleClock` collects into the current run. ──────
let ruleClock;
for (const rule of RULES) {
  if (typeof rule.check !== 'function') continue;
  const inner = rule.check;
  const id = rule.meta.id;
  rule.check = (c) => {
    if (!ruleClock) return inner(c);
    const t0 = cpu();
    try {
      return inner(c);
    } finally {
      ruleClock.set(id, (ruleClock.get(id) ?? 0) + cpu() - t0);
    }
  };
}

/** Files on disk, with a version stamp like the CLI's and the language server's hosts. */
const host = {
  readFile(p) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
  version(p) {
    try {
      const st = statSync(p);
      return `${st.mtimeMs}:${st.size}`;
    } catch {
      return undefined;
    }
  },
};

let TMP = '';
function digest(findings) {
  const lines = findings.map((f) => `${relative(TMP, f.file)}:${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character} ${f.ruleId} ${f.message}`).sort();
  return { count: lines.length, sha: createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16) };
}

/** One timed pass over the files: per-phase and per-rule CPU ms, and the findings. */
function pass(engine, files) {
  const t = { parse: 0, analysis: 0, checks: 0, fixes: 0, full: 0 };
  const rules = new Map();
  const findings = [];
  engine.invalidate();
  for (const f of files) {
    let t0 = cpu();
    const tree = engine.parsers.parse(f.lang, f.text);
    t.parse += cpu() - t0;
    if (!tree) continue;
    try {
      t0 = cpu();
      const a = engine.analyzeTree(f.abs, f.lang, f.text, tree, { host, checks: false, fixes: false });
      t.analysis += cpu() - t0;
      ruleClock = rules;
      t0 = cpu();
      const c = engine.checkFindings(f.abs, f.lang, f.text, tree, a.definitions, { host });
      t.checks += cpu() - t0;
      ruleClock = undefined;
      t0 = cpu();
      const all = engine.withFixes(f.abs, f.lang, f.text, tree, [...a.findings, ...c.findings], a.definitions);
      t.fixes += cpu() - t0;
      findings.push(...all);
    } finally {
      ruleClock = undefined;
      tree.delete();
    }
  }
  // The CLI's path: one analyzeText per file (module cache warm from the same pass, as in the CLI).
  engine.invalidate();
  const t0 = cpu();
  for (const f of files) engine.analyzeText(f.abs, f.text, { host });
  t.full += cpu() - t0;
  return { t, rules, findings };
}

// ── Sampled split of the language analysis ─────────────────────────────────────────────────────

let sourceMap;
function mapFrame(cf) {
  if (!cf.url.endsWith('engine.js')) return { src: cf.url.replace(/^file:\/\//, '').replace(root + '/', '') || cf.functionName, fn: cf.functionName };
  sourceMap ??= new SourceMap(JSON.parse(readFileSync(join(dist, 'engine.js.map'), 'utf8')));
  const e = sourceMap.findEntry(cf.lineNumber, cf.columnNumber);
  const src = (e?.originalSource ?? '').replace(/^.*?server\/src\/engine\//, '');
  return { src: src || 'engine.js', fn: cf.functionName, engine: true };
}

/** The phase a frame marks, or undefined to keep walking up the stack. */
function phaseOf({ src, fn }) {
  if (fn === '(garbage collector)') return 'gc';
  if (fn === 'runHandler' && (src === 'js/eval.ts' || src === 'py/analyze.ts')) return 'taint';
  if (src === 'parser.ts' && fn === 'parse') return 'parse';
  if (fn === 'buildModuleInfo' || fn === 'moduleInfoFor' || fn === 'moduleFromParsed' || fn === 'loadModule' || fn === 'loadProjectModule') return 'module';
  if (src === 'js/discover.ts' || src === 'py/analyze.ts' || src === 'js/analyze.ts') return 'discovery';
  if (src.startsWith('checks/') && fn === 'runChecks') return 'checks';
  if (src.startsWith('fixes/')) return 'fixes';
  return undefined;
}

async function sampled(run) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const mapped = new Map();
  const frame = (id) => {
    let m = mapped.get(id);
    if (!m) mapped.set(id, (m = mapFrame(byId.get(id).callFrame)));
    return m;
  };
  const phases = new Map();
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = profile.samples[i];
    const lf = frame(leaf);
    if (lf.fn === '(idle)' || lf.fn === '(program)') continue;
    total += dt;
    const key = `${lf.src} ${lf.fn || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    let phase;
    const onStack = new Set();
    for (let id = leaf; id !== undefined; id = parent.get(id)) {
      const f = frame(id);
      phase ??= phaseOf(f);
      if (f.engine) onStack.add(`${f.src} ${f.fn || '(anonymous)'}`);
    }
    for (const k of onStack) incl.set(k, (incl.get(k) ?? 0) + dt);
    phase ??= 'other';
    phases.set(phase, (phases.get(phase) ?? 0) + dt);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
  // Engine functions by inclusive time (callees counted), the entry points left out.
  const inclusive = [...incl].filter(([k]) => !/^analyze\.ts (?:analyzeText|analyzeTree|checkFindings)$/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 15);
  return { total, phases: Object.fromEntries([...phases].sort((a, b) => b[1] - a[1])), top, inclusive };
}

// ── Targets ────────────────────────────────────────────────────────────────────────────────────

function singleFile(dir, kind) {
  if (kind === 'ts') {
    const gen = tsServer({ tools: 330, seed: 5001 });
    writeFileSync(join(dir, 'helpers.ts'), tsHelper({ seed: 5001 }).text);
    const abs = join(dir, 'server-5000.ts');
    writeFileSync(abs, gen.text);
    return { abs, lang: 'typescript', text: gen.text, anchors: gen.anchors };
  }
  const gen = pyServer({ tools: 440, seed: 5001 });
  const abs = join(dir, 'server_5000.py');
  writeFileSync(abs, gen.text);
  return { abs, lang: 'python', text: gen.text, anchors: gen.anchors };
}

async function measureTarget(engine, label, files, runs) {
  const lines = files.reduce((s, f) => s + f.text.split('\n').length, 0);
  log(`${label}: ${files.length} file(s), ${lines} lines, ${runs} run(s)…`);
  pass(engine, files.slice(0, 50)); // warm-up (JIT, parsers)
  const passes = [];
  for (let i = 0; i < runs; i++) passes.push(pass(engine, files));
  const phases = {};
  for (const k of Object.keys(passes[0].t)) phases[k] = median(passes.map((p) => p.t[k]));
  const ruleIds = [...new Set(passes.flatMap((p) => [...p.rules.keys()]))];
  const rules = ruleIds.map((id) => [id, median(passes.map((p) => p.rules.get(id) ?? 0))]).sort((a, b) => b[1] - a[1]);
  const out = { label, files: files.length, lines, runs, phases, rules, findings: digest(passes[0].findings) };
  if (CPU_PROFILE) {
    engine.invalidate();
    out.sampled = await sampled(() => {
      for (const f of files) engine.analyzeText(f.abs, f.text, { host, fixes: false, checks: false });
    });
    // The check rules alone, on trees and definitions made beforehand.
    const prepared = files.map((f) => {
      const tree = engine.parsers.parse(f.lang, f.text);
      return { f, tree, defs: tree ? engine.analyzeTree(f.abs, f.lang, f.text, tree, { host, checks: false, fixes: false }).definitions : [] };
    });
    // Repeated until it has run for long enough to give a few thousand samples.
    const ruleMs = ONLY_RULE ? (rules.find(([id]) => id === ONLY_RULE)?.[1] ?? 0) : phases.checks;
    const reps = Math.max(1, Math.min(200, Math.ceil(300 / Math.max(ruleMs, 0.5))));
    out.sampledChecks = await sampled(() => {
      for (let i = 0; i < reps; i++) for (const { f, tree, defs } of prepared) if (tree) engine.checkFindings(f.abs, f.lang, f.text, tree, defs, { rules: onlyRule, host });
    });
    for (const p of prepared) p.tree?.delete();
  }
  return out;
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

/** The language server's keystroke path, in-process: edit the tree, re-parse, incremental analysis; then the checks. */
async function measureEdits(engine, f) {
  log(`edit: ${EDITS} single-character edits in ${relative(tmpdir(), f.abs)}…`);
  engine.invalidate();
  let text = f.text;
  let tree = engine.parsers.parse(f.lang, text);
  engine.analyzeTree(f.abs, f.lang, text, tree, { host, incremental: true, fixes: false });
  const stride = Math.max(1, Math.floor(f.anchors.length / (EDITS / 2 + 1)));
  const parseMs = [];
  const analysisMs = [];
  const checksMs = [];
  const rules = new Map();
  const rulesPerEdit = [];
  const edit = (i) => {
    const anchor = f.anchors[(Math.floor(i / 2) * stride) % f.anchors.length];
    const insert = i % 2 === 0;
    const start = anchor;
    const end = insert ? anchor : anchor + 1;
    const repl = insert ? 'x' : '';
    tree.edit(makeEditAt(start, end, positionAt(text, start), positionAt(text, end), repl));
    text = text.slice(0, start) + repl + text.slice(end);
    let t0 = cpu();
    const next = engine.parsers.parse(f.lang, text, tree);
    const p = cpu() - t0;
    const changedRanges = next.getChangedRanges(tree).map((r) => ({ startIndex: r.startIndex, endIndex: r.endIndex }));
    tree.delete();
    tree = next;
    t0 = cpu();
    const a = engine.analyzeTree(f.abs, f.lang, text, tree, { host, incremental: true, changedRanges, checks: false, fixes: false });
    const an = cpu() - t0;
    return { p, an, a };
  };
  for (let i = 0; i < 10; i++) edit(i); // warm-up
  for (let i = 0; i < EDITS; i++) {
    const { p, an, a } = edit(i + 10);
    parseMs.push(p);
    analysisMs.push(an);
    // settle(): the check rules on the same tree.
    const per = new Map();
    ruleClock = per;
    const t0 = cpu();
    engine.checkFindings(f.abs, f.lang, text, tree, a.definitions, { host });
    checksMs.push(cpu() - t0);
    ruleClock = undefined;
    rulesPerEdit.push(per);
  }
  for (const id of new Set(rulesPerEdit.flatMap((m) => [...m.keys()]))) rules.set(id, median(rulesPerEdit.map((m) => m.get(id) ?? 0)));
  let sampledOut;
  if (CPU_PROFILE) {
    sampledOut = await sampled(() => {
      for (let i = 0; i < EDITS; i++) edit(i + 10 + EDITS);
    });
  }
  tree.delete();
  engine.forget(f.abs);
  const stat = (xs) => ({ p50: median(xs), p95: pct(xs, 95) });
  return { label: `edit ${f.lang}`, lines: f.text.split('\n').length, edits: EDITS, parse: stat(parseMs), analysis: stat(analysisMs), checks: stat(checksMs), rules: [...rules].sort((a, b) => b[1] - a[1]), sampled: sampledOut };
}

// ── Output ─────────────────────────────────────────────────────────────────────────────────────

const f1 = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function printTarget(r) {
  const out = [`\n== ${r.label}: ${r.files} file(s), ${r.lines} lines; CPU ms, median of ${r.runs} run(s)`];
  const p = r.phases;
  out.push(`  parse ${f1(p.parse)}   analysis ${f1(p.analysis)}   checks ${f1(p.checks)}   fixes ${f1(p.fixes)}   | full analyzeText ${f1(p.full)}  (full/parse ${(p.full / p.parse).toFixed(2)}×, (full-parse)/parse ${((p.full - p.parse) / p.parse).toFixed(2)}×)`);
  out.push('  check rules:');
  for (const [id, ms] of r.rules) if (ms >= 0.005) out.push(`    ${id.padEnd(32)} ${f1(ms).padStart(8)}  ${((100 * ms) / Math.max(p.checks, 1e-9)).toFixed(0).padStart(3)}%`);
  if (FINDINGS) out.push(`  findings: ${r.findings.count}, digest ${r.findings.sha}`);
  if (r.sampled) printSampled(out, r.sampled, 'language analysis (analyzeText, checks/fixes off)');
  if (r.sampledChecks) printSampled(out, r.sampledChecks, ONLY_RULE ? `${ONLY_RULE} alone (checkFindings)` : 'the check rules (checkFindings)', false);
  process.stdout.write(out.join('\n') + '\n');
}

function printSampled(out, s, what, split = true) {
  out.push(`  sampled ${split ? 'split of ' : ''}${what} (${f1(s.total)} ms under the profiler):`);
  if (split) out.push('    ' + Object.entries(s.phases).map(([k, v]) => `${k} ${((100 * v) / s.total).toFixed(0)}%`).join('   '));
  out.push('    top self time:');
  for (const [k, v] of s.top) out.push(`      ${f1(v).padStart(7)} ms  ${((100 * v) / s.total).toFixed(1).padStart(4)}%  ${k}`);
  out.push('    top inclusive time (engine functions, callees included):');
  for (const [k, v] of s.inclusive) out.push(`      ${f1(v).padStart(7)} ms  ${((100 * v) / s.total).toFixed(1).padStart(4)}%  ${k}`);
}

function printEdits(r) {
  const out = [`\n== ${r.label}: ${r.lines} lines, ${r.edits} edits; CPU ms per edit (p50 / p95)`];
  out.push(`  re-parse ${f1(r.parse.p50)} / ${f1(r.parse.p95)}   incremental analysis ${f1(r.analysis.p50)} / ${f1(r.analysis.p95)}   checks (settle) ${f1(r.checks.p50)} / ${f1(r.checks.p95)}`);
  out.push('  check rules per settle (median):');
  for (const [id, ms] of r.rules) if (ms >= 0.005) out.push(`    ${id.padEnd(32)} ${f1(ms).padStart(8)}`);
  if (r.sampled) printSampled(out, r.sampled, 'the keystroke path (re-parse + incremental analysis)');
  process.stdout.write(out.join('\n') + '\n');
}

async function main() {
  const engine = await Engine.create(dist);
  const tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-profile-'));
  TMP = tmp;
  const results = [];
  try {
    const ts = singleFile(tmp, 'ts');
    const py = singleFile(tmp, 'py');
    for (const [k, f] of [['ts', ts], ['py', py]]) {
      if (!ONLY.has(k)) continue;
      const r = await measureTarget(engine, `${k} ${relative(tmp, f.abs)}`, [f], RUNS ?? 7);
      results.push(r);
      if (!JSON_OUT) printTarget(r);
    }
    if (ONLY.has('tree')) {
      const dir = join(tmp, 'workspace');
      const files = generateTree(dir, { files: TREE_FILES, seed: 42 }).map((g) => {
        const abs = join(dir, g.path);
        return { abs, lang: langFromPath(g.path), text: readFileSync(abs, 'utf8') };
      });
      const r = await measureTarget(engine, 'tree', files, RUNS ?? 3);
      results.push(r);
      if (!JSON_OUT) printTarget(r);
    }
    if (ONLY.has('edit') || ONLY.has('edit-ts') || ONLY.has('edit-py')) {
      for (const f of [ts, py]) {
        if (!ONLY.has('edit') && !ONLY.has(f === ts ? 'edit-ts' : 'edit-py')) continue;
        const r = await measureEdits(engine, f);
        results.push(r);
        if (!JSON_OUT) printEdits(r);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (JSON_OUT) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

await main();
