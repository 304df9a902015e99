// The language server's keystroke path for TS/JS (server.ts unitAnalysis): when an edit falls
// inside one top-level registration, only that statement is parsed (tree-sitter's included
// ranges) and analysed against the document's edited, not re-parsed tree. After every edit the
// result must equal an uncached analysis of the fully re-parsed tree, and when the path is not
// taken the server's general path runs, exactly as here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';
import { pyServer, tsServer } from '../bench/generate.mjs';

const { Engine, makeEdit } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));
const host = {
  readFile(p) {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return undefined;
    }
  },
};

function point(text, offset) {
  let row = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    row++;
    lineStart = i + 1;
  }
  return { row, column: offset - lineStart };
}

const strip = (a) => ({ findings: a.findings, definitions: a.definitions, incomplete: a.incomplete });

/**
 * Applies `edits` ([offset, deleteCount, insert]) one by one the way the language server does
 * and compares each result with an uncached analysis. Returns how many took the one-statement path.
 */
function replay(file, lang, text, edits) {
  // `tree` is the server's: edited on every change, re-parsed only when the general path runs
  // (so several edits can pile up on it, as while typing).
  let tree = engine.parsers.parse(lang, text);
  engine.analyzeTree(file, lang, text, tree, { host, incremental: true, checks: false, fixes: false });
  let viaStatement = 0;
  try {
    for (const [i, [at, del, ins]] of edits.entries()) {
      tree.edit(makeEdit(text, at, at + del, ins));
      text = text.slice(0, at) + ins + text.slice(at + del);
      let inc;
      const range = engine.unitEditRange(file, lang, text);
      if (range) {
        const unit = engine.parsers.parse(lang, text, null, 2000, [{ ...range, startPosition: point(text, range.startIndex), endPosition: point(text, range.endIndex) }]);
        try {
          inc = engine.analyzeUnitEdit(file, lang, text, unit, tree, { host });
        } finally {
          unit.delete();
        }
      }
      // What the server's tree becomes when it catches up (settle) or the general path runs.
      const full = engine.parsers.parse(lang, text, tree);
      if (inc) viaStatement++;
      else {
        const changedRanges = full.getChangedRanges(tree);
        tree.delete();
        tree = full;
        inc = engine.analyzeTree(file, lang, text, tree, { host, incremental: true, changedRanges, checks: false, fixes: false });
      }
      const fresh = engine.analyzeTree(file, lang, text, full, { host, checks: false, fixes: false });
      if (full !== tree) full.delete();
      assert.deepEqual(strip(inc), strip(fresh), `${file}: edit ${i} (${JSON.stringify([at, del, ins])}, ${range ? 'one statement' : 'general path'})`);
    }
  } finally {
    tree.delete();
    engine.forget(file);
  }
  return viaStatement;
}

/** Offsets inside handler bodies (after `=> {` of a registration, after a Python `def …:`), where typing happens. */
function bodyOffsets(text) {
  const out = [];
  for (const mark of ['=> {', 'execute', '):\n', ') -> str:\n']) for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) out.push(i + mark.length);
  return out;
}

const JS_SNIPPETS = ['x', 'e', ' ', '\n', ';', '(', ')', '{', '}', '"', "'", '`', '//', 'execSync(cmd);\n', 'const q = `rm ${path}`;', 'await exec(args.cmd);', '$', '.', ','];
const PY_SNIPPETS = ['x', 'e', ' ', '\n', '\n    ', '    ', '(', ')', ':', '"', "'", '#', 'os.system(cmd)\n    ', 'q = f"rm {path}"\n    ', 'subprocess.run(args, shell=True)\n    ', '.', ',', '"' + '""'];

function randomEdits(text, count, seed, snippets = JS_SNIPPETS) {
  let s = seed;
  const rand = (n) => ((s = (s * 1103515245 + 12345) % 2147483648) % n);
  const edits = [];
  let len = text.length;
  let anchors = bodyOffsets(text);
  for (let i = 0; i < count; i++) {
    // Mostly in handler bodies, a little anywhere; every other edit undoes the one before
    // (typing and deleting), so the text stays close to a valid program.
    if (i % 2 === 1) {
      const [at, del, ins] = edits[i - 1];
      edits.push([at, ins.length, text.slice(at, at + del)]);
      continue;
    }
    const base = rand(10) < 8 && anchors.length ? anchors[rand(anchors.length)] + rand(40) : rand(len);
    const at = Math.min(base, len);
    const del = rand(4) === 0 ? Math.min(rand(4), len - at) : 0;
    const ins = rand(5) === 0 ? '' : snippets[rand(snippets.length)];
    if (del === 0 && ins === '') {
      i--;
      continue;
    }
    edits.push([at, del, ins]);
  }
  return edits;
}

test('an edit inside one registration: the one-statement parse gives what a full re-parse gives (generated server)', () => {
  const text = tsServer({ tools: 24, seed: 77 }).text;
  const taken = replay('/w/gen.ts', 'typescript', text, randomEdits(text, 160, 3));
  // Most edits are in handler bodies: the path must actually be exercised.
  assert.ok(taken >= 40, `one-statement path taken ${taken} times of 160`);
});

test('an edit inside one registration: the same on the TS and JS rule fixtures', () => {
  const dirs = readdirSync(join(root, 'test', 'fixtures'));
  let taken = 0;
  let edits = 0;
  for (const d of dirs) {
    for (const f of readdirSync(join(root, 'test', 'fixtures', d))) {
      const m = /\.(ts|mts|cts|js|mjs|cjs)$/.exec(f);
      if (!m || f.includes('.fixed.')) continue;
      const file = join(root, 'test', 'fixtures', d, f);
      const text = readFileSync(file, 'utf8');
      const lang = m[1].endsWith('ts') ? 'typescript' : 'javascript';
      const list = randomEdits(text, 24, text.length);
      edits += list.length;
      taken += replay(file, lang, text, list);
    }
  }
  assert.ok(taken >= edits / 10, `one-statement path taken ${taken} times of ${edits}`);
});

test('an edit inside one decorated Python registration: the one-definition parse gives what a full re-parse gives', () => {
  const gen = pyServer({ tools: 24, seed: 78 }).text;
  let taken = replay('/w/gen.py', 'python', gen, randomEdits(gen, 160, 5, PY_SNIPPETS));
  assert.ok(taken >= 30, `one-definition path taken ${taken} times of 160 (generated server)`);
  let edits = 0;
  taken = 0;
  for (const d of readdirSync(join(root, 'test', 'fixtures'))) {
    for (const f of readdirSync(join(root, 'test', 'fixtures', d))) {
      if (!f.endsWith('.py') || f.includes('.fixed.')) continue;
      const file = join(root, 'test', 'fixtures', d, f);
      const text = readFileSync(file, 'utf8');
      const list = randomEdits(text, 16, text.length, PY_SNIPPETS);
      edits += list.length;
      taken += replay(file, 'python', text, list);
    }
  }
  assert.ok(taken >= edits / 10, `one-definition path taken ${taken} times of ${edits} (fixtures)`);
});

test('the one-statement path declines what it cannot take', () => {
  const file = '/w/decline.ts';
  const head = "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\nimport { execSync } from 'node:child_process';\nconst server = new McpServer({ name: 'x', version: '1' });\n";
  const tool = (name, body) => `server.tool('${name}', { cmd: z.string() }, async ({ cmd }) => {\n  ${body}\n  return { content: [] };\n});\n`;
  const text = head + tool('a', 'const x = 1;') + 'function register() {\n' + tool('b', 'const y = 2;') + '}\n' + tool('c', 'const z = 3;');
  const tree = engine.parsers.parse('typescript', text);
  engine.analyzeTree(file, 'typescript', text, tree, { incremental: true, checks: false, fixes: false });
  tree.delete();
  const edit = (find, ins) => {
    const at = text.indexOf(find) + find.length;
    return text.slice(0, at) + ins + text.slice(at);
  };
  // Inside a top-level registration's handler: taken.
  assert.ok(engine.unitEditRange(file, 'typescript', edit('const x = 1', ';')));
  // Inside a registration nested in a function, in the tool name, or between registrations: not.
  assert.equal(engine.unitEditRange(file, 'typescript', edit('const y = 2', ';')), undefined);
  assert.equal(engine.unitEditRange(file, 'typescript', edit("server.tool('", 'z')), undefined);
  assert.equal(engine.unitEditRange(file, 'typescript', edit('});\n', '\n')), undefined);
  // Nothing analysed before: nothing to compare with.
  assert.equal(engine.unitEditRange('/w/x.py', 'python', 'x = 1\n'), undefined);
  engine.forget(file);
});
