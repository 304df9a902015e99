// Fixture runner: every file under test/fixtures carries inline expectations.
//   // ruleid: <id>[, <id>…]      the next code line must be flagged by that rule
//   // ok: <id>[, <id>…]          the next code line must not be flagged by that rule
//   // todoruleid: <id>           a known miss: reported as a todo while it stays missed
// (`#` instead of `//` in Python). Any finding on a line not annotated `ruleid:` fails.
// MCP configuration fixtures (test/fixtures/config-*/) are JSON with comments and must carry a
// configuration file name (`mcp.json`, `.mcp.json`, `claude_desktop_config.json`) so that
// langFromPath picks them up as `json`, exactly as the editor and the CLI do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, langFromPath } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixturesDir = join(root, 'test', 'fixtures');
const engine = await Engine.create(join(root, 'dist'));
const host = { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

export function listFixtures(dir = fixturesDir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFixtures(p));
    else if (langFromPath(p) && !/\.fixed\./.test(name)) out.push(p);
  }
  return out;
}

const ANNOTATION = /(?:\/\/|#)\s*(ruleid|ok|todoruleid|todook):\s*([a-z0-9, -]+?)\s*(?:--.*)?$/;

/** Expectations: line number (0-based, of the code line) → {ruleid:Set, ok:Set, todo:Set}. */
export function parseExpectations(text) {
  const lines = text.split('\n');
  const exp = [];
  let pending = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]);
    const isComment = /^\s*(\/\/|#)/.test(lines[i]);
    if (m && isComment) {
      for (const id of m[2].split(',').map((s) => s.trim()).filter(Boolean)) pending.push({ kind: m[1], id, annotationLine: i });
      continue;
    }
    if (pending.length && lines[i].trim() !== '') {
      for (const p of pending) exp.push({ ...p, line: i });
      pending = [];
    }
  }
  return exp;
}

for (const file of listFixtures()) {
  const rel = relative(root, file);
  test(rel, (t) => {
    const text = readFileSync(file, 'utf8');
    const result = engine.analyzeText(file, text, { host });
    assert.equal(result.incomplete, undefined, `analysis incomplete: ${result.incomplete}`);
    const exp = parseExpectations(text);
    const found = (line, id) => result.findings.some((f) => f.ruleId === id && f.range.start.line === line);
    const problems = [];
    for (const e of exp) {
      const hit = found(e.line, e.id);
      if (e.kind === 'ruleid' && !hit) problems.push(`line ${e.line + 1}: expected ${e.id}, not flagged`);
      if (e.kind === 'ok' && hit) problems.push(`line ${e.line + 1}: ${e.id} flagged a safe line`);
    }
    for (const f of result.findings) {
      if (f.file !== file) continue;
      const annotated = exp.some((e) => (e.kind === 'ruleid' || e.kind === 'todook') && e.id === f.ruleId && e.line === f.range.start.line);
      if (!annotated) problems.push(`line ${f.range.start.line + 1}: unexpected ${f.ruleId}: ${f.message}`);
    }
    assert.deepEqual(problems, [], `${rel}\n  ${problems.join('\n  ')}`);
    for (const e of exp.filter((x) => x.kind === 'todoruleid')) {
      t.test(`known miss ${e.id} at line ${e.line + 1}`, { todo: found(e.line, e.id) ? 'now flagged: promote to ruleid' : 'known miss' }, () => {
        assert.ok(found(e.line, e.id));
      });
    }
  });
}
