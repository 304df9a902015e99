// Python incremental analysis (the language server's per-registration cache) must give what a
// full analysis gives after every edit. One test per root cause the long fuzz run found
// (test/robustness/fuzz.mjs, replayed with test/robustness/replay-incremental.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, makeEdit } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));

/**
 * Analyses `text` incrementally, then applies each [find, replacement] in turn (re-parsing the
 * edited tree, as the language server does) and checks after each that the incremental result
 * equals a full analysis of the same tree. Runs the sequence twice: without and with the
 * changed ranges the language server passes. Returns the last full result.
 */
function editSequence(file, text, edits, opts = {}) {
  let fresh;
  for (const withRanges of [false, true]) fresh = runSequence(file, text, edits, opts, withRanges);
  return fresh;
}

function runSequence(file, text, edits, opts, withRanges) {
  const mode = withRanges ? 'with changed ranges' : 'without changed ranges';
  let tree = engine.parsers.parse('python', text);
  engine.analyzeTree(file, 'python', text, tree, { ...opts, incremental: true });
  let fresh;
  try {
    for (const [i, [find, replacement]] of edits.entries()) {
      const at = text.indexOf(find);
      assert.ok(at >= 0, `edit ${i}: ${JSON.stringify(find)} not found`);
      const next = text.slice(0, at) + replacement + text.slice(at + find.length);
      tree.edit(makeEdit(text, at, at + find.length, replacement));
      const t2 = engine.parsers.parse('python', next, tree);
      const changedRanges = withRanges ? t2.getChangedRanges(tree) : undefined;
      tree.delete();
      tree = t2;
      text = next;
      const inc = engine.analyzeTree(file, 'python', text, tree, { ...opts, incremental: true, changedRanges });
      fresh = engine.analyzeTree(file, 'python', text, tree, opts);
      assert.equal(inc.incomplete, undefined);
      assert.deepEqual(inc.findings, fresh.findings, `findings after edit ${i} (${mode})`);
      assert.deepEqual(inc.definitions, fresh.definitions, `definitions after edit ${i} (${mode})`);
    }
  } finally {
    tree.delete();
    engine.forget(file);
  }
  return fresh;
}

const HEADER = 'import subprocess\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("inc")\n\n\n';

test('a registration that calls another registered function depends on its text', () => {
  // A tool calling another tool: editing the callee must redo the caller.
  const text = `${HEADER}@mcp.tool()
def inner(x: str) -> str:
    return x


@mcp.tool()
def outer(command: str) -> str:
    return inner(command)
`;
  const r = editSequence('/w/tool-calls-tool.py', text, [['    return x\n', '    return subprocess.getoutput(x)\n']]);
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'tool-input-to-shell').map((f) => f.definition).sort(), ['inner', 'outer']);
});

test('a helper that became a registration between a tool and its sink still moves the flow with it', () => {
  // Fuzz run 1, sequence 650: a duplicated `@mcp.tool()` line made level2 a tool, then lines
  // above the chain moved; the reused flow of `deep` kept level2..level4 at their old lines.
  const text = `${HEADER}def level1(x: str) -> str:
    return level2(x)


def level2(x: str) -> str:
    return level3(x)


def level3(x: str) -> str:
    return subprocess.getoutput(x)


@mcp.tool()
def deep(command: str) -> str:
    return level1(command)
`;
  const r = editSequence('/w/chain.py', text, [
    ['def level2', '@mcp.tool()\ndef level2'],
    ['@mcp.tool()\ndef level2', '@mcp.tool()\n\ndef level2'],
    ['def level3', '# moved\ndef level3'],
  ]);
  const deep = r.findings.find((f) => f.definition === 'deep');
  assert.ok(deep, 'the chain from deep is still reported');
  assert.equal(deep.flow.at(-1).range.start.line, text.split('\n').indexOf('    return subprocess.getoutput(x)') + 3);
});

test('a declaration that names hundreds of others is never reused on a partial key', () => {
  // The dependency walk stops at 400 names; a function named after that must still count.
  const consts = Array.from({ length: 420 }, (_, i) => `C${i} = ${i}\n`).join('');
  const text = `${HEADER}${consts}

def runner(x: str) -> str:
    return x


def helper(x: str) -> str:
    table = [${Array.from({ length: 420 }, (_, i) => `C${i}`).join(', ')}]
    return runner(x) if table else x


@mcp.tool()
def run(command: str) -> str:
    return helper(command)
`;
  const r = editSequence('/w/wide.py', text, [['    return x\n\n\ndef helper', '    return subprocess.getoutput(x)\n\n\ndef helper']]);
  assert.equal(r.findings.filter((f) => f.ruleId === 'tool-input-to-shell').length, 1);
});

test('a helper module used again after 100 other imports in one analysis is read from a live tree', () => {
  // Fuzz run 1, sequence 651: the engine's module cache (100 modules) evicted and freed the tree
  // of helpers.py while the analysis still held its nodes: flow steps with garbage columns and
  // a lost add_tool registration.
  const dir = '/v/many';
  const files = new Map();
  files.set(`${dir}/helpers.py`, 'import subprocess\n\n\ndef run(command):\n    return subprocess.getoutput(command)\n\n\ndef run_again(command):\n    return subprocess.getoutput("x " + command)\n');
  const n = 110;
  for (let i = 0; i < n; i++) files.set(`${dir}/m${i}.py`, `def f${i}(x):\n    return x\n`);
  let text = 'from mcp.server.fastmcp import FastMCP\nfrom .helpers import run, run_again\n';
  for (let i = 0; i < n; i++) text += `from .m${i} import f${i}\n`;
  text += '\nmcp = FastMCP("many")\n\n\n@mcp.tool()\ndef first(cmd: str) -> str:\n    return run(cmd)\n\n';
  for (let i = 0; i < n; i++) text += `\n@mcp.tool()\ndef t${i}(x: str) -> str:\n    return f${i}(x)\n\n`;
  text += '\n@mcp.tool()\ndef last(cmd: str) -> str:\n    return run_again(cmd)\n\n\nmcp.add_tool(run_again)\n';
  const host = { readFile: (p) => files.get(p) };
  const check = (r) => {
    const shell = r.findings.filter((f) => f.ruleId === 'tool-input-to-shell');
    assert.deepEqual(shell.map((f) => f.definition).sort(), ['first', 'last', 'run_again']);
    const lines = files.get(`${dir}/helpers.py`).split('\n');
    for (const f of shell) {
      for (const s of f.flow.filter((s) => s.file === `${dir}/helpers.py`)) {
        const { start, end } = s.range;
        assert.equal(start.line, end.line);
        assert.ok(end.character > start.character && end.character <= lines[start.line].length, `${f.definition}: ${JSON.stringify(s.range)} in helpers.py`);
      }
    }
  };
  check(engine.analyzeText(`${dir}/server.py`, text, { host }));
  check(editSequence(`${dir}/server.py`, text, [['return run(cmd)', 'return run( cmd)']], { host }));
});

test('a call memoised while analysing one registration gives the next one what it would compute alone', () => {
  // Fuzz run 4, sequence 1659: `cat_safe` called the tool function `resolve_in_workspace`, which
  // calls itself; the call's memoised result (computed for cat_safe's flow) kept a step that
  // resolve_in_workspace's own evaluation drops, so deleting cat_safe's call changed its finding
  // while the cache reused the old one.
  const text = `${HEADER}@mcp.tool()
def first(path: str) -> str:
    return wipe(path)


@mcp.tool()
def wipe(target: str) -> str:
    subprocess.getoutput(wipe(target))
    return "removed"
`;
  const r = editSequence('/w/recursive.py', text, [['    return wipe(path)\n', '    return path\n']]);
  assert.equal(r.findings.filter((f) => f.definition === 'wipe').length, 1);
});

test('a helper first called from a long flow gives a later registration its whole flow', () => {
  // The step limit: a result memoised for a caller whose flow was nearly full had no steps left
  // for the helper's own, and a later registration calling the helper got that short flow.
  const chain = Array.from({ length: 14 }, (_, i) => `    x${i + 1} = x${i}\n`).join('');
  const text = `${HEADER}def helper(p: str) -> str:
    q = p
    return subprocess.getoutput(q)


@mcp.tool()
def long_flow(x0: str) -> str:
${chain}    return helper(x14)


@mcp.tool()
def short_flow(cmd: str) -> str:
    return helper(cmd)
`;
  const r = editSequence('/w/long-flow.py', text, [['    return helper(cmd)\n', '    # edited\n    return helper(cmd)\n']]);
  const short = r.findings.find((f) => f.definition === 'short_flow');
  assert.ok(short.flow.some((s) => s.message.startsWith('assigned to `q`')), 'the helper\'s own steps are on the flow');
});

test('a helper with a syntax error is read afresh: an edit elsewhere can change how it parses', () => {
  // Fuzz run 1, sequence 2882: `_sh`'s text stayed the same, but after an edit in another
  // function tree-sitter's error recovery read `r.eturn subprocess.run(…)` differently (the call
  // no longer a sink); the cached flow of unit_log through `_sh` was reused all the same.
  const text = `import os
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("broken-helper")


def _sh(command: str) -> str:
    r.eturn subprocess.run(command, shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def unit_log(unit: str) -> str:
   command = "journalctl -u {} | tail".format(unit)
    command = "journalctl -u {} | tail".format(unit)
    return _sh(command)

@mcp.tool()
def branch_log(branch: str = "main") -> str:
    # ruleid: tool-input-to-shell
    os.system("git log --oneline " + branch + " | head -20")
    return "ok"
`;
  const before = engine.analyzeText('/w/broken-helper.py', text, { fixes: false });
  assert.ok(before.findings.some((f) => f.message.includes('`unit_log`')), 'before the edit, the flow through _sh is found');
  const r = editSequence('/w/broken-helper.py', text, [['    # ruleid: tool-input-to-shell\n    os.system', '   :# ruleid: tool-input-to-shell\n    os.system']]);
  assert.ok(!r.findings.some((f) => f.message.includes('`unit_log`')), 'after it, _sh reads differently and there is no flow');
});
