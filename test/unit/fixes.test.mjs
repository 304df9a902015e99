// Quick fixes carried on findings (engine/fixes).
//  1. Every `<name>.fixed.<ext>` fixture: analyse `<name>.<ext>`, apply the first fix of every
//     finding that has one, compare with the .fixed. file exactly, re-analyse the result: it
//     parses without errors and only the findings that had no fix remain.
//  2. Every fix offered on any fixture, applied alone: the result parses and that finding is gone.
// Run after `npm run build`:  node --test test/unit/fixes.test.mjs
// UPDATE_FIXED=1 writes the .fixed. files from the current fixes (review the diff before committing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, langFromPath } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));
const host = { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

/** Fixture files (as the fixture runner lists them: .fixed. files are expected results, not fixtures). */
function listFixtures(dir = join(root, 'test', 'fixtures')) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFixtures(p));
    else if (langFromPath(p) && langFromPath(p) !== 'json' && !/\.fixed\./.test(name)) out.push(p);
  }
  return out;
}

export function offsetAt(text, pos) {
  let off = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  return Math.min(off + pos.character, text.length);
}

/** Applies LSP-style edits (non-overlapping; inserts at one position in array order). */
export function applyEdits(text, edits) {
  const spans = edits.map((e, i) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText, i }));
  spans.sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of spans) {
    assert.ok(s.start >= at, `overlapping edits at offset ${s.start}`);
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  return out + text.slice(at);
}

const key = (e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character}:${e.newText}`;
const overlaps = (a, b) => {
  const before = (p, q) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
};

/** The first fix of every finding, merged: identical edits once; a fix whose edits overlap an earlier one is left out. */
function mergeFirstFixes(findings) {
  const chosen = [];
  const seen = new Set();
  const skipped = [];
  for (const f of findings) {
    const fix = f.fixes?.[0];
    if (!fix) continue;
    const fresh = fix.edits.filter((e) => !seen.has(key(e)));
    if (fresh.some((e) => chosen.some((c) => overlaps(c, e)))) {
      skipped.push(fix.title);
      continue;
    }
    for (const e of fresh) {
      seen.add(key(e));
      chosen.push(e);
    }
  }
  return { edits: chosen, skipped };
}

const countBy = (findings) => {
  const m = {};
  for (const f of findings) m[f.ruleId] = (m[f.ruleId] ?? 0) + 1;
  return m;
};

const fixtures = listFixtures();
const fixedOf = (file) => file.replace(/(\.[^.]+)$/, '.fixed$1');

for (const file of fixtures.filter((f) => existsSync(fixedOf(f)) || /^fix-/.test(basename(f)))) {
  const rel = relative(root, file);
  test(`${rel} → ${basename(fixedOf(file))}`, () => {
    assert.ok(existsSync(fixedOf(file)) || process.env.UPDATE_FIXED, `${rel}: a fix fixture needs its .fixed. file`);
    const text = readFileSync(file, 'utf8');
    const before = engine.analyzeText(file, text, { host });
    assert.equal(before.incomplete, undefined);
    const withFix = before.findings.filter((f) => f.fixes?.length);
    assert.ok(withFix.length > 0, `${rel}: no finding carries a fix`);
    const { edits, skipped } = mergeFirstFixes(before.findings);
    assert.deepEqual(skipped, [], `${rel}: fixes overlap`);
    const fixed = applyEdits(text, edits);
    if (process.env.UPDATE_FIXED) writeFileSync(fixedOf(file), fixed);
    assert.equal(fixed, readFileSync(fixedOf(file), 'utf8'), `${rel}: fixed text differs from the .fixed. fixture`);
    const after = engine.analyzeText(fixedOf(file), fixed, { host });
    assert.equal(after.hasSyntaxErrors, false, `${rel}: fixed text has syntax errors`);
    assert.equal(after.incomplete, undefined);
    assert.deepEqual(countBy(after.findings), countBy(before.findings.filter((f) => !f.fixes?.length)), `${rel}: the findings left after fixing are not exactly those without a fix`);
  });
}

test('every fix on every fixture, applied alone, parses and clears its finding', () => {
  const problems = [];
  let n = 0;
  for (const file of fixtures) {
    const text = readFileSync(file, 'utf8');
    const before = engine.analyzeText(file, text, { host });
    for (const f of before.findings) {
      for (const fix of f.fixes ?? []) {
        n++;
        const out = applyEdits(text, fix.edits);
        const after = engine.analyzeText(file, out, { host });
        const where = `${relative(root, file)}:${f.range.start.line + 1} ${f.ruleId} "${fix.title}"`;
        if (after.hasSyntaxErrors && !before.hasSyntaxErrors) problems.push(`${where}: syntax errors after the fix`);
        const sameRule = (r) => r.findings.filter((x) => x.ruleId === f.ruleId && x.definition === f.definition && x.file === f.file).length;
        if (sameRule(after) >= sameRule(before)) problems.push(`${where}: the finding is still reported`);
        if (after.findings.length >= before.findings.length) problems.push(`${where}: no fewer findings after the fix`);
        if (typeof fix.preferred !== 'boolean' || !fix.title) problems.push(`${where}: malformed fix`);
      }
    }
  }
  assert.ok(n >= 20, `only ${n} fixes offered across the fixtures`);
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('fixes are only computed for findings in the analysed file with the sink there', () => {
  for (const file of fixtures.filter((f) => /cross-file/.test(f))) {
    const r = engine.analyzeText(file, readFileSync(file, 'utf8'), { host });
    for (const f of r.findings) {
      const last = f.flow[f.flow.length - 1];
      if (last && last.file !== file) assert.equal(f.fixes, undefined, `${relative(root, file)}:${f.range.start.line + 1}: fix for a sink in ${last.file}`);
    }
  }
});

test('odd and broken inputs never throw and never produce overlapping edits within a fix', () => {
  const samples = [
    ['a.ts', 'import { exec } from "child_process";\nserver.tool("x", { a: z.string() }, async ({ a }) => { exec(`ls ${a}` '],
    ['a.ts', 'exec(`${a}`)'],
    ['a.py', 'import subprocess\n@mcp.tool()\ndef f(a: str):\n    subprocess.run(f"ls {a!r}", shell=True)\n'],
    ['a.py', 'def f(\n'],
    ['a.py', 'import yaml\n@mcp.tool()\ndef f(t: str):\n    return yaml.load(t, Loader=yaml.Loader'],
  ];
  for (const [name, text] of samples) {
    const r = engine.analyzeText(join(root, 'scratch-fix', name), text, {});
    for (const f of r.findings) {
      for (const fix of f.fixes ?? []) {
        const sorted = [...fix.edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        for (let i = 1; i < sorted.length; i++) assert.ok(!overlaps(sorted[i - 1], sorted[i]), `${name}: overlapping edits in "${fix.title}"`);
      }
    }
  }
});
