#!/usr/bin/env node
// Recall / precision measure of the MCP Warden engine on the evaluation corpus in test/corpus.
//
//   npm run build && node test/corpus/measure.mjs [--check] [--json] [--verbose] [filter]
//
// Ground truth comes from trailing comments on the sink line of every corpus file:
//   // FLAW <rule-id>   (# FLAW <rule-id> in Python)  a real tool-input -> sink flow
//   // SAFE <rule-id>                                 a properly guarded look-alike
// Several markers may share one line (`// FLAW tool-input-to-path FLAW tool-input-to-shell`).
// For flows into helpers in *other* files the marker sits on the call line in the server file.
//
// Matching. A finding of rule R is attributed, in this order, to
//   1. its start line, when that line carries a marker for R ("strict" match, as the brief says);
//   2. the last step of its flow trace (in the analysed file) whose line carries a marker for R;
//   3. for a flow into a helper function of the *same* file (a "passed to parameter" step), the
//      nearest line at or after the caller-side step that carries a marker for R and calls the
//      helper by name (`run(`, `this.run(`, `collect(`): the engine reports such flows at the sink
//      inside the helper, while the marker sits on the call line of each tool.
// A finding attributed to no marker is an "extra" false positive. A FLAW is found when at least
// one finding is attributed to it; a SAFE is flagged (false positive) when at least one finding is
// attributed to it. Strict figures (rule 1 only) are printed too. weak-input-schema is ignored.
//
// Exit code: 0 always (it is a measure), unless --check is given: then 1 when
// recall < 0.90 or safe-flag rate > 0.05.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine } = engineMod;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const RULES = [
  'tool-input-to-shell',
  'tool-input-to-eval',
  'tool-input-to-path',
  'tool-input-to-url',
  'tool-input-to-sql',
  'unsafe-deserialization',
];
const TAINT = new Set(RULES);
const SOURCE_EXT = /\.(ts|mts|cts|tsx|js|mjs|cjs|jsx|py)$/;
const SKIP_DIRS = new Set(['node_modules', '.venv', 'venv', '__pycache__', 'dist', 'build']);

const argv = process.argv.slice(2);
const CHECK = argv.includes('--check');
const JSON_OUT = argv.includes('--json');
const VERBOSE = argv.includes('--verbose');
const FILTER = argv.find((a) => !a.startsWith('--'));

function walk(dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (ent.isDirectory()) {
      if (!SKIP_DIRS.has(ent.name)) walk(path.join(dir, ent.name), out);
    } else if (SOURCE_EXT.test(ent.name) && !ent.name.endsWith('.d.ts')) {
      const abs = path.join(dir, ent.name);
      if (abs !== fileURLToPath(import.meta.url)) out.push(abs);
    }
  }
  return out;
}

const langOf = (f) => (f.endsWith('.py') ? 'python' : 'ts/js');

/** @returns {Map<number, {kind:'FLAW'|'SAFE', rule:string}[]>} 0-based line -> markers */
function parseMarkers(text, rel, problems) {
  const markers = new Map();
  text.split(/\r?\n/).forEach((line, i) => {
    const at = line.search(/(\/\/|#)\s*(FLAW|SAFE)\s+[a-z]/);
    if (at < 0) return;
    const list = [];
    for (const m of line.slice(at).matchAll(/\b(FLAW|SAFE)\s+([a-z][a-z-]*)/g)) {
      if (!TAINT.has(m[2])) problems.push(`${rel}:${i + 1} unknown rule id in marker: ${m[2]}`);
      else list.push({ kind: m[1], rule: m[2] });
    }
    if (list.length) markers.set(i, list);
  });
  return markers;
}


/** Rule 3: a flow into a helper of the same file -> the marked call line of that helper. */
function attributeToCall(f, steps, lines, byKey) {
  for (let i = steps.length - 1; i >= 1; i--) {
    if (!/^passed to parameter/.test(steps[i].message ?? '')) continue;
    const { line, character } = steps[i].range.start;
    const head = (lines[line] ?? '').slice(0, character);
    const m = /([A-Za-z_$][\w$]*)\s*(?:<[^()]*>)?\s*(?:=\s*(?:async\s*)?)?\(\s*(?:self\s*,\s*)?(?:[A-Za-z_$][\w$]*\s*(?::[^,=]*)?(?:=[^,]*)?,\s*)*$/.exec(head);
    if (!m) continue;
    const name = m[1];
    const call = new RegExp(`(^|[^\\w$])${name.replace(/\$/g, '\\$')}\\s*\\(`);
    const from = steps[i - 1].range.start.line;
    for (let l = from; l < Math.min(lines.length, from + 60); l++) {
      const item = byKey.get(`${l}|${f.ruleId}`);
      if (item && call.test(lines[l])) return item;
    }
  }
  return undefined;
}

const engine = await Engine.create(path.join(REPO, 'dist'));
const host = {
  readFile(p) {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
};

const files = walk(HERE).filter((f) => !FILTER || path.relative(REPO, f).includes(FILTER));
const problems = [];
const items = []; // one per marker: { rel, line, kind, rule, lang, code, hit, how, findings }
const extras = []; // unattributed taint findings
const fileInfo = [];

for (const abs of files) {
  const rel = path.relative(REPO, abs);
  const text = fs.readFileSync(abs, 'utf8');
  const lines = text.split(/\r?\n/);
  const markers = parseMarkers(text, rel, problems);
  const lang = langOf(abs);
  const t0 = Date.now();
  let result;
  try {
    result = await engine.analyzeText(abs, text, { host });
  } catch (e) {
    problems.push(`${rel}: engine threw: ${e?.stack ?? e}`);
    result = { findings: [] };
  }
  const ms = Date.now() - t0;
  if (result.hasSyntaxErrors) problems.push(`${rel}: the engine reports syntax errors`);
  if (result.incomplete) problems.push(`${rel}: analysis incomplete`);
  fileInfo.push({ rel, lang, ms, definitions: Array.isArray(result.definitions) ? result.definitions.length : undefined, markers: [...markers.values()].flat().length });

  const byKey = new Map(); // `${line}|${rule}` -> item
  for (const [line, list] of markers) {
    for (const { kind, rule } of list) {
      const item = { rel, line, kind, rule, lang, code: lines[line].trim(), hit: false, how: new Set(), findings: [] };
      items.push(item);
      byKey.set(`${line}|${rule}`, item);
    }
  }

  for (const f of result.findings ?? []) {
    if (!TAINT.has(f.ruleId)) continue;
    const start = f.range.start.line;
    let item = byKey.get(`${start}|${f.ruleId}`);
    let how = 'start';
    if (!item) {
      how = 'flow';
      const steps = (f.flow ?? []).filter((s) => !s.file || path.resolve(s.file) === abs);
      for (let i = steps.length - 1; i >= 0 && !item; i--) {
        item = byKey.get(`${steps[i].range.start.line}|${f.ruleId}`);
      }
      if (!item) {
        how = 'call';
        item = attributeToCall(f, steps, lines, byKey);
      }
    }
    if (item) {
      item.hit = true;
      item.how.add(how);
      item.findings.push(f);
    } else {
      extras.push({ rel, line: start, rule: f.ruleId, lang, code: (lines[start] ?? '').trim(), message: f.message });
    }
  }
}

// ---------- aggregate ----------
function tally(filterFn) {
  const sel = items.filter(filterFn);
  const flaw = sel.filter((i) => i.kind === 'FLAW');
  const safe = sel.filter((i) => i.kind === 'SAFE');
  return {
    flaws: flaw.length,
    found: flaw.filter((i) => i.hit).length,
    safes: safe.length,
    flagged: safe.filter((i) => i.hit).length,
    foundStrict: flaw.filter((i) => i.how.has('start')).length,
    flaggedStrict: safe.filter((i) => i.how.has('start')).length,
  };
}
const pct = (n, d) => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const row = (label, t, extra) =>
  `${label.padEnd(32)} recall ${String(t.found).padStart(3)}/${String(t.flaws).padEnd(3)} ${pct(t.found, t.flaws)}   ` +
  `safe flagged ${String(t.flagged).padStart(3)}/${String(t.safes).padEnd(3)} ${pct(t.flagged, t.safes)}` +
  (extra === undefined ? '' : `   extra FPs ${extra}`);

const langs = ['ts/js', 'python'];
const overall = tally(() => true);
const recall = overall.flaws ? overall.found / overall.flaws : 1;
const safeRate = overall.safes ? overall.flagged / overall.safes : 0;
const fpSites = overall.flagged + extras.length;
const precision = overall.found + fpSites === 0 ? 1 : overall.found / (overall.found + fpSites);

if (JSON_OUT) {
  const strip = (i) => ({ file: i.rel, line: i.line + 1, kind: i.kind, rule: i.rule, lang: i.lang, hit: i.hit, matchedBy: [...i.how], code: i.code });
  console.log(
    JSON.stringify(
      {
        files: fileInfo,
        overall: { ...overall, extra: extras.length, recall, safeFlagRate: safeRate, precision },
        byRule: Object.fromEntries(RULES.map((r) => [r, tally((i) => i.rule === r)])),
        byLang: Object.fromEntries(langs.map((l) => [l, { ...tally((i) => i.lang === l), extra: extras.filter((e) => e.lang === l).length }])),
        items: items.map(strip),
        extras: extras.map((e) => ({ file: e.rel, line: e.line + 1, rule: e.rule, code: e.code })),
        problems,
      },
      null,
      2,
    ),
  );
} else {
  const out = [];
  const nTs = fileInfo.filter((f) => f.lang === 'ts/js').length;
  out.push(`MCP Warden evaluation corpus: ${fileInfo.length} files (${nTs} TS/JS, ${fileInfo.length - nTs} Python), ` +
    `${overall.flaws} FLAW and ${overall.safes} SAFE markers`);
  out.push('');
  out.push('Per rule');
  for (const r of RULES) out.push('  ' + row(r, tally((i) => i.rule === r), extras.filter((e) => e.rule === r).length));
  out.push('');
  out.push('Per language');
  for (const l of langs) out.push('  ' + row(l, tally((i) => i.lang === l), extras.filter((e) => e.lang === l).length));
  out.push('');
  out.push('Per rule and language');
  for (const l of langs)
    for (const r of RULES) {
      const t = tally((i) => i.lang === l && i.rule === r);
      if (t.flaws + t.safes) out.push('  ' + row(`${l} ${r}`, t, extras.filter((e) => e.lang === l && e.rule === r).length));
    }
  out.push('');
  out.push('Overall');
  out.push('  ' + row('all', overall, extras.length));
  out.push(`  precision: ${overall.found} flaw sites found, ${fpSites} false-positive sites (${overall.flagged} safe look-alikes + ${extras.length} extra) -> ${(100 * precision).toFixed(1)}%`);
  out.push(`  strict (finding starts on the marked line): recall ${overall.foundStrict}/${overall.flaws} ${pct(overall.foundStrict, overall.flaws).trim()}, ` +
    `safe flagged ${overall.flaggedStrict}/${overall.safes} ${pct(overall.flaggedStrict, overall.safes).trim()}`);
  const viaFlow = items.filter((i) => i.hit && !i.how.has('start'));
  if (viaFlow.length) out.push(`  (${viaFlow.length} markers matched only through the flow trace or the helper call line)`);

  const misses = items.filter((i) => i.kind === 'FLAW' && !i.hit);
  const fps = items.filter((i) => i.kind === 'SAFE' && i.hit);
  out.push('');
  out.push(`Missed flaws (${misses.length})`);
  for (const i of misses) out.push(`  ${i.rel}:${i.line + 1} ${i.rule} — ${i.code}`);
  out.push('');
  out.push(`Flagged safe look-alikes (${fps.length})`);
  for (const i of fps) out.push(`  ${i.rel}:${i.line + 1} ${i.rule} — ${i.code}`);
  out.push('');
  out.push(`Extra false positives on unmarked lines (${extras.length})`);
  for (const e of extras) out.push(`  ${e.rel}:${e.line + 1} ${e.rule} — ${e.code}`);
  if (VERBOSE) {
    out.push('');
    out.push('Files');
    for (const f of fileInfo) out.push(`  ${f.rel}  markers ${f.markers}  definitions ${f.definitions ?? '?'}  ${f.ms} ms`);
    if (viaFlow.length) {
      out.push('');
      out.push('Matched through the flow trace / helper call line');
      for (const i of viaFlow) out.push(`  ${i.rel}:${i.line + 1} ${i.kind} ${i.rule} [${[...i.how].join(',')}] <- finding at line ${i.findings.map((f) => f.range.start.line + 1).join(',')}`);
    }
  }
  if (problems.length) {
    out.push('');
    out.push(`Problems (${problems.length})`);
    for (const p of problems) out.push(`  ${p}`);
  }
  out.push('');
  out.push(`recall ${(100 * recall).toFixed(1)}% (target >= 90%), safe-flag rate ${(100 * safeRate).toFixed(1)}% (target <= 5%), extra FPs ${extras.length}`);
  console.log(out.join('\n'));
}

// Let stdout drain before exiting (a plain process.exit() can cut a piped report short).
const code = CHECK && (recall < 0.9 || safeRate > 0.05) ? 1 : 0;
process.stdout.write('', () => process.exit(code));
