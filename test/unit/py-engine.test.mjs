// Python half of the engine: discovery model, cross-file flows, incremental reuse, robustness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, makeEdit } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));
const host = { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };

test('discovers FastMCP tools, resources, prompts and low-level tools with their schemas', () => {
  const text = `from typing import Annotated, Literal
from mcp.server.fastmcp import Context, FastMCP
from mcp.types import Tool, ToolAnnotations
from pydantic import Field

mcp = FastMCP("demo")

@mcp.tool(name="search_docs", annotations=ToolAnnotations(readOnlyHint=True))
def search(query: Annotated[str, Field(max_length=100)], limit: int = 10, ctx: Context = None) -> str:
    """Search the documentation."""
    return query

@mcp.tool
def pick(mode: Literal["a", "b"], tag: Annotated[str, Field(pattern=r"^[a-z]+$")]) -> str:
    return mode

@mcp.resource("notes://{note_id}")
def note(note_id: str) -> str:
    return note_id

@mcp.prompt()
def review(code: str) -> str:
    return code

def tail(path: str) -> str:
    return path

mcp.add_tool(tail, description="Tail a file")

TOOLS = [Tool(name="echo", description="Echo", inputSchema={"type": "object", "properties": {"text": {"type": "string"}, "n": {"type": "integer"}}})]
`;
  const r = engine.analyzeText('/w/defs.py', text);
  const byName = new Map(r.definitions.map((d) => [d.name, d]));
  const search = byName.get('search_docs');
  assert.ok(search, 'tool renamed with name=');
  assert.equal(search.kind, 'tool');
  assert.equal(search.framework, 'python-fastmcp');
  assert.equal(search.description, 'Search the documentation.');
  assert.deepEqual(search.annotations, { readOnlyHint: 'true' });
  assert.deepEqual(search.params.map((p) => [p.name, p.kind, p.constrained, p.unbounded]), [['query', 'string', false, false], ['limit', 'number', true, false]]);
  const pick = byName.get('pick');
  assert.deepEqual(pick.params.map((p) => [p.name, p.kind, p.constrained]), [['mode', 'enum', true], ['tag', 'string', true]]);
  assert.equal(byName.get('notes://{note_id}')?.kind, 'resource');
  assert.equal(byName.get('review')?.kind, 'prompt');
  assert.equal(byName.get('tail')?.description, 'Tail a file');
  const echo = byName.get('echo');
  assert.equal(echo.framework, 'python-low-level');
  assert.deepEqual(echo.params.map((p) => [p.name, p.kind, p.constrained]), [['text', 'string', false], ['n', 'number', true]]);
  assert.equal(search.nameRange.start.line, 8);
  assert.deepEqual(r.findings, []);
});

test('a sink in a helper of another file is reported at the call, with the flow into the helper', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warden-py-'));
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'util.py'), 'import subprocess\n\ndef sh(cmd):\n    return subprocess.check_output(cmd, shell=True)\n');
  const server = join(dir, 'pkg', 'server.py');
  const text = 'from fastmcp import FastMCP\nfrom .util import sh\n\nmcp = FastMCP("x")\n\n@mcp.tool\ndef run(cmd: str) -> str:\n    return sh("echo " + cmd)\n';
  const r = engine.analyzeText(server, text, { host });
  assert.equal(r.findings.length, 1);
  const f = r.findings[0];
  assert.equal(f.ruleId, 'tool-input-to-shell');
  assert.equal(f.file, server);
  assert.equal(f.range.start.line, 7);
  const last = f.flow[f.flow.length - 1];
  assert.equal(last.file, join(dir, 'pkg', 'util.py'));
  assert.equal(last.range.start.line, 3);
  assert.equal(f.flow[0].file, server);
  assert.match(f.message, /`cmd` of `run`/);
});

test('incremental analysis of a Python file equals an uncached analysis after every edit', () => {
  const parts = [];
  for (let i = 0; i < 30; i++) {
    const body = i % 3 === 0 ? '    os.system(f"ls {path}")' : i % 3 === 1 ? '    helper(path)' : '    if path not in ALLOWED:\n        raise ValueError(path)\n    os.system(path)';
    parts.push(`@mcp.tool()\ndef t${i}(path: str, n: int = 1) -> str:\n${body}\n    return "ok"\n`);
  }
  let text = 'import os\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("inc")\nALLOWED = {"a", "b"}\n\n\ndef helper(p):\n    return open(p).read()\n\n\n' + parts.join('\n\n');
  const file = '/w/inc.py';
  let tree = engine.parsers.parse('python', text);
  engine.analyzeTree(file, 'python', text, tree, { incremental: true });
  let seed = 11;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const snippets = ['\n', ' ', '    os.system(path)\n', '# c\n', 'x', ')', ':', '\n    return open(p).read()\n', 'ALLOWED = set()\n'];
  for (let i = 0; i < 150; i++) {
    const at = rand(text.length);
    const del = rand(3) === 0 ? Math.min(rand(6), text.length - at) : 0;
    const ins = snippets[rand(snippets.length)];
    const edit = makeEdit(text, at, at + del, ins);
    text = text.slice(0, at) + ins + text.slice(at + del);
    tree.edit(edit);
    const next = engine.parsers.parse('python', text, tree);
    tree.delete();
    tree = next;
    const inc = engine.analyzeTree(file, 'python', text, tree, { incremental: true });
    const fresh = engine.analyzeTree(file, 'python', text, tree, {});
    assert.deepEqual(inc.findings, fresh.findings, `edit ${i} at ${at}`);
    assert.deepEqual(inc.definitions, fresh.definitions, `definitions after edit ${i}`);
  }
  tree.delete();
  engine.forget(file);
});

test('keystrokes inside one tool body (changed ranges given, the editor path) equal an uncached analysis', () => {
  const parts = [];
  for (let i = 0; i < 24; i++) {
    const body = i % 4 === 0 ? '    os.system(f"ls {path}")' : i % 4 === 1 ? '    helper(path)' : i % 4 === 2 ? '    if path not in ALLOWED:\n        raise ValueError(path)\n    os.system(path)' : '    return t0(path)';
    parts.push(`@mcp.tool()\ndef t${i}(path: str, n: int = 1) -> str:\n${body}\n    return "ok"\n`);
  }
  let text = 'import os\nfrom mcp.server.fastmcp import FastMCP\n\nmcp = FastMCP("keys")\nALLOWED = {"a", "b"}\n\n\ndef helper(p):\n    return open(p).read()\n\n\n' + parts.join('\n\n') + '\n\nHELPERS = [helper]\n';
  const file = '/w/keys.py';
  let tree = engine.parsers.parse('python', text);
  engine.analyzeTree(file, 'python', text, tree, { incremental: true });
  let seed = 5;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  // Mostly inside bodies (the keystroke path), some that add registrations or break the code.
  const snippets = ['x', ' ', '\n', '\n    os.system(path)\n', '\n    t1(path)\n', '    @mcp.tool()\n', '\n    mcp.add_tool(helper)\n', '"', '# c\n', ')', '\n        return helper(path)\n'];
  for (let i = 0; i < 160; i++) {
    let at = rand(text.length);
    const body = text.indexOf('\n    ', at);
    if (i % 4 !== 0 && body > 0) at = Math.min(text.length, body + 5 + rand(12));
    const del = rand(3) === 0 ? Math.min(rand(6), text.length - at) : 0;
    const ins = snippets[rand(snippets.length)];
    const edit = makeEdit(text, at, at + del, ins);
    text = text.slice(0, at) + ins + text.slice(at + del);
    tree.edit(edit);
    const next = engine.parsers.parse('python', text, tree);
    const changedRanges = next.getChangedRanges(tree).map((r) => ({ startIndex: r.startIndex, endIndex: r.endIndex }));
    tree.delete();
    tree = next;
    const inc = engine.analyzeTree(file, 'python', text, tree, { incremental: true, changedRanges });
    const fresh = engine.analyzeTree(file, 'python', text, tree, {});
    assert.deepEqual(inc.findings, fresh.findings, `edit ${i} at ${at}`);
    assert.deepEqual(inc.definitions, fresh.definitions, `definitions after edit ${i}`);
  }
  tree.delete();
  engine.forget(file);
});

/** Analyses `before` incrementally, applies one edit, and checks the reused result against a fresh one. */
function afterOneEdit(file, before, find, replacement) {
  let tree = engine.parsers.parse('python', before);
  engine.analyzeTree(file, 'python', before, tree, { incremental: true });
  const at = before.indexOf(find);
  assert.ok(at >= 0, `edit anchor ${JSON.stringify(find)} not found`);
  const after = before.slice(0, at) + replacement + before.slice(at + find.length);
  tree.edit(makeEdit(before, at, at + find.length, replacement));
  const next = engine.parsers.parse('python', after, tree);
  tree.delete();
  tree = next;
  const inc = engine.analyzeTree(file, 'python', after, tree, { incremental: true });
  const fresh = engine.analyzeTree(file, 'python', after, tree, {});
  tree.delete();
  engine.forget(file);
  return { inc, fresh };
}

test('a tool renamed so that it shadows an imported module invalidates what reused that name', () => {
  const text = `import subprocess
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("shadow")


def _run(cmd: str) -> str:
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout


@mcp.tool()
def uptime(flags: str) -> str:
    return _run(f"uptime {flags}")


@mcp.tool()
def compile_code(code: str) -> str:
    return code
`;
  const { inc, fresh } = afterOneEdit('/w/shadow.py', text, 'def compile_code', 'def subprocess');
  assert.deepEqual(inc.findings, fresh.findings);
  // `subprocess` is now the tool function, not the module: no shell sink is left.
  assert.equal(fresh.findings.filter((f) => f.ruleId === 'tool-input-to-shell').length, 0);
});

test('a decorated helper whose decorator line changed is not shifted by the wrong amount', () => {
  const text = `import subprocess
from fastmcp import FastMCP

server = FastMCP(name="ops")


@server.tool

class ServiceManager:
    def control(self, unit: str) -> str:
        return subprocess.getoutput(f"systemctl restart {unit}")


manager = ServiceManager()


@server.tool
def control(unit: str) -> str:
    return manager.control(unit)
`;
  const { inc, fresh } = afterOneEdit('/w/decorated.py', text, 'class ServiceManager:\n', 'class ServiceManager:\nclass ServiceManager:\n');
  assert.deepEqual(inc.findings, fresh.findings);
});

test('a helper file changing invalidates reused results of the file that imports it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warden-py-'));
  const helper = join(dir, 'helpers.py');
  const server = join(dir, 'server.py');
  writeFileSync(helper, 'def read(p):\n    return p\n');
  const text = 'from mcp.server.fastmcp import FastMCP\nfrom helpers import read\nmcp = FastMCP("x")\n\n@mcp.tool()\ndef cat(path: str) -> str:\n    return read(path)\n';
  const tree = engine.parsers.parse('python', text);
  assert.equal(engine.analyzeTree(server, 'python', text, tree, { incremental: true, host }).findings.length, 0);
  writeFileSync(helper, 'def read(p):\n    return open(p).read()\n');
  engine.invalidate(helper);
  const r = engine.analyzeTree(server, 'python', text, tree, { incremental: true, host });
  assert.deepEqual(r.findings.map((f) => [f.ruleId, f.range.start.line]), [['tool-input-to-path', 6]]);
  tree.delete();
  engine.forget(server);
});

test('pathological Python never throws and stays within the budget', () => {
  const hdr = 'import os\nfrom mcp.server.fastmcp import FastMCP\nmcp = FastMCP("s")\n';
  const cases = [
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n    y = ' + '('.repeat(3000) + 'x' + ')'.repeat(3000) + '\n    os.system(y)\n',
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n' + Array.from({ length: 300 }, (_, i) => '    '.repeat(i + 1) + 'if x:\n').join('') + '    '.repeat(301) + 'os.system(x)\n',
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n    y = ' + 'f('.repeat(2000) + 'x' + ')'.repeat(2000) + '\n    os.system(y)\n',
    hdr + '@mcp.tool()\ndef t(name: str, x: str) -> str:\n    if name == "a0":\n        pass\n' + Array.from({ length: 1500 }, (_, i) => `    elif name == "a${i + 1}":\n        os.system(x + "${i}")\n`).join(''),
    hdr + Array.from({ length: 60 }, (_, i) => `def f${i}(a):\n    return f${(i + 1) % 60}(a) + f${(i + 7) % 60}(a)\n`).join('') + '@mcp.tool()\ndef t(x: str) -> str:\n    os.system(f0(x))\n',
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n' + Array.from({ length: 40 }, (_, i) => '    '.repeat(i + 1) + `for v${i} in x:\n`).join('') + '    '.repeat(41) + 'os.system(x)\n',
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n    y = "a"' + ' + x'.repeat(3000) + '\n    os.system(y)\n',
    hdr + '@mcp.tool()\ndef t(x: str) -> str:\n    os.system(\n',
    hdr + '@mcp.tool()\ndef t(x: str, *, y=, **) -> str\n    os.system(x if y else\n',
  ];
  for (const [i, text] of cases.entries()) {
    const t0 = performance.now();
    const r = engine.analyzeText(`/w/patho${i}.py`, text);
    const ms = performance.now() - t0;
    assert.ok(!r.incomplete || /budget|nested too deeply/.test(r.incomplete), `case ${i}: ${r.incomplete}`);
    assert.ok(ms < 4000, `case ${i} took ${ms} ms`);
  }
});

test('a helper of another file that reaches two sinks of one rule: both are on the one finding at the call', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warden-py-'));
  writeFileSync(join(dir, 'steps.py'), 'import os\nfrom pathlib import Path\n\nROOT = Path("/srv")\n\ndef record(job: str, text: str) -> None:\n    out = ROOT / job\n    os.makedirs(out, exist_ok=True)\n    with open(out / "log.txt", "w") as fh:\n        fh.write(text)\n');
  const server = join(dir, 'server.py');
  const text = 'from fastmcp import FastMCP\nfrom steps import record\n\nmcp = FastMCP("x")\n\n@mcp.tool\ndef log(job: str, text: str) -> str:\n    record(job, text)\n    return "ok"\n';
  const r = engine.analyzeText(server, text, { host });
  const f = r.findings.filter((x) => x.ruleId === 'tool-input-to-path');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 7);
  const inHelper = f[0].flow.filter((s) => s.file === join(dir, 'steps.py') && /reaches/.test(s.message)).map((s) => s.range.start.line);
  assert.deepEqual(inHelper, [7, 8]);
  assert.match(f[0].flow[f[0].flow.length - 1].message, /^also reaches a file system path \(`open`\)/);
});

test('weak parameters of a tool defined in another file point at the parameter from the registration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warden-py-'));
  writeFileSync(join(dir, 'tasks.py'), 'from typing import Any\n\ndef merge(changes: dict[str, Any], note, n: int = 1) -> str:\n    return str(changes) + str(note)\n');
  const server = join(dir, 'server.py');
  const text = 'from mcp.server.fastmcp import FastMCP\nimport tasks\n\nmcp = FastMCP("x")\nmcp.add_tool(tasks.merge)\n';
  const r = engine.analyzeText(server, text, { host });
  const f = r.findings.filter((x) => x.ruleId === 'weak-input-schema');
  assert.equal(f.length, 1);
  assert.equal(f[0].file, server);
  assert.equal(f[0].range.start.line, 4);
  // Both weak parameters are on the one finding at the registration; the typed int is not.
  assert.deepEqual(f[0].flow.map((s) => [s.file, s.range.start.line, s.range.start.character]), [[join(dir, 'tasks.py'), 2, 10], [join(dir, 'tasks.py'), 2, 35]]);
  assert.match(f[0].flow[1].message, /`note`.*no type annotation/);
  assert.equal(f[0].fixes, undefined);
});
