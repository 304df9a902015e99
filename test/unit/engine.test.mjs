// Engine behaviour that is not a single rule: suppressions, rule settings, incremental analysis,
// discovery, and bad input (binary, huge, minified, deeply nested, half-typed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine, makeEdit } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const engine = await Engine.create(join(root, 'dist'));

const TOOL = (body, schema = '{ dir: z.string() }') => `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execSync } from "child_process";
import { z } from "zod";
const server = new McpServer({ name: "t", version: "1" });
server.tool("t", ${schema}, async ({ dir }) => {
${body}
  return { content: [] };
});
`;

test('finds a flow and reports it with its steps', () => {
  const r = engine.analyzeText('/w/a.ts', TOOL('  const c = `ls ${dir}`;\n  execSync(c);'));
  const f = r.findings.filter((x) => x.ruleId === 'tool-input-to-shell');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 6);
  assert.deepEqual(f[0].flow.map((s) => s.range.start.line), [4, 5, 6]);
  assert.match(f[0].flow[0].message, /tool input `dir`/);
  assert.equal(f[0].definition, 't');
  assert.equal(r.definitions.length, 1);
  assert.deepEqual(r.definitions[0].params.map((p) => [p.name, p.kind]), [['dir', 'string']]);
});

test('inline suppression with and without rule ids, and file-level suppression', () => {
  const body = '  // mcp-warden-ignore-next-line tool-input-to-shell -- input is checked upstream\n  execSync(`ls ${dir}`);';
  assert.equal(engine.analyzeText('/w/a.ts', TOOL(body)).findings.length, 0);
  const other = '  // mcp-warden-ignore-next-line tool-input-to-sql -- wrong rule\n  execSync(`ls ${dir}`);';
  assert.equal(engine.analyzeText('/w/a.ts', TOOL(other)).findings.length, 1);
  const all = '  // mcp-warden-ignore-next-line\n  execSync(`ls ${dir}`);';
  assert.equal(engine.analyzeText('/w/a.ts', TOOL(all)).findings.length, 0);
  const file = '// mcp-warden-ignore-file tool-input-to-shell\n' + TOOL('  execSync(`ls ${dir}`);');
  assert.equal(engine.analyzeText('/w/a.ts', file).findings.length, 0);
  const py = 'from mcp.server.fastmcp import FastMCP\nimport os\nmcp = FastMCP("x")\n@mcp.tool()\ndef run(cmd: str) -> str:\n    # mcp-warden-ignore-next-line tool-input-to-shell -- trusted\n    os.system(cmd)\n    return "ok"\n';
  assert.equal(engine.analyzeText('/w/a.py', py).findings.filter((f) => f.ruleId === 'tool-input-to-shell').length, 0);
});

test('rule settings: off removes a rule, a severity overrides the default', () => {
  const text = TOOL('  execSync(`ls ${dir}`);');
  assert.equal(engine.analyzeText('/w/a.ts', text, { rules: { 'tool-input-to-shell': 'off' } }).findings.length, 0);
  const r = engine.analyzeText('/w/a.ts', text, { rules: { 'tool-input-to-shell': 'hint' } });
  assert.equal(r.findings[0].severity, 'hint');
  assert.equal(engine.analyzeText('/w/a.ts', text).findings[0].severity, 'error');
});

test('incremental analysis equals an uncached analysis after every edit', () => {
  const parts = [];
  for (let i = 0; i < 40; i++) {
    parts.push(`server.tool("t${i}", { dir: z.string(), n: z.number() }, async ({ dir, n }) => {\n  ${i % 3 === 0 ? 'execSync(`ls ${dir}`);' : i % 3 === 1 ? 'execSync(`ls ${n}`);' : 'const x = dir;\n  helper(x);'}\n  return { content: [] };\n});\n`);
  }
  let text = TOOL('').split('server.tool(')[0] + 'function helper(p: string) { execSync(p); }\n' + parts.join('\n');
  const file = '/w/inc.ts';
  let tree = engine.parsers.parse('typescript', text);
  engine.analyzeTree(file, 'typescript', text, tree, { incremental: true });
  let seed = 7;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const snippets = ['\n', ' ', 'execSync(`x ${dir}`);\n', '// c\n', 'x', ')', '{'];
  for (let i = 0; i < 150; i++) {
    const at = rand(text.length);
    const del = rand(3) === 0 ? Math.min(rand(6), text.length - at) : 0;
    const ins = snippets[rand(snippets.length)];
    const edit = makeEdit(text, at, at + del, ins);
    text = text.slice(0, at) + ins + text.slice(at + del);
    tree.edit(edit);
    const next = engine.parsers.parse('typescript', text, tree);
    const changedRanges = next.getChangedRanges(tree);
    tree.delete();
    tree = next;
    // Half the time with tree-sitter's changed ranges (the keystroke path), half without.
    const inc = engine.analyzeTree(file, 'typescript', text, tree, { incremental: true, changedRanges: i % 2 ? changedRanges : undefined });
    // Same tree without the cache: tree-sitter's error recovery may shape an incrementally
    // re-parsed broken file differently from a fresh parse, which is not what this tests.
    const fresh = engine.analyzeTree(file, 'typescript', text, tree, {});
    assert.deepEqual(inc.findings, fresh.findings, `edit ${i} at ${at}`);
    assert.deepEqual(inc.definitions, fresh.definitions, `definitions after edit ${i}`);
  }
  tree.delete();
  engine.forget(file);
});

test('bad input never throws: binary, huge, minified, deeply nested, half-typed', () => {
  const binary = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
  const r1 = engine.analyzeText('/w/bin.ts', binary);
  assert.match(r1.incomplete ?? '', /binary/);
  const huge = 'const a = 1;\n'.repeat(200_000);
  assert.match(engine.analyzeText('/w/huge.ts', huge).incomplete ?? '', /larger than/);
  const minified = 'var a=' + '[1,2,3,{b:"c"}],'.repeat(6000) + '0;';
  assert.match(engine.analyzeText('/w/min.js', minified).incomplete ?? '', /minified/);
  const deep = TOOL('  execSync(' + '('.repeat(3000) + 'dir' + ')'.repeat(3000) + ');');
  const r4 = engine.analyzeText('/w/deep.ts', deep);
  assert.ok(Array.isArray(r4.findings));
  const half = TOOL('  execSync(`ls ${dir}`);').slice(0, 260);
  assert.doesNotThrow(() => engine.analyzeText('/w/half.ts', half));
  const pyDeep = 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\n@mcp.tool()\ndef f(a: str):\n    return ' + '['.repeat(2000) + 'a' + ']'.repeat(2000) + '\n';
  assert.doesNotThrow(() => engine.analyzeText('/w/deep.py', pyDeep));
});

test('low-level CallTool handlers name the tool from the switch', () => {
  const text = `import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { readFileSync } from "fs";
const server = new Server({ name: "x", version: "1" }, { capabilities: { tools: {} } });
server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments as { path: string };
  switch (request.params.name) {
    case "read_file":
      return { content: [{ type: "text", text: readFileSync(args.path, "utf8") }] };
  }
});
`;
  const r = engine.analyzeText('/w/low.ts', text);
  const f = r.findings.find((x) => x.ruleId === 'tool-input-to-path');
  assert.ok(f, 'path finding');
  assert.equal(f.definition, 'read_file');
  assert.match(f.message, /`path` of `read_file`/);
});

test('a tree-sitter crash is contained: the engine says so, recovers, and does not retry the same text', async () => {
  const local = await Engine.create(join(root, 'dist'));
  // Known crashing inputs are kept from the parser by a pre-check…
  const chain = 'function g() {\n  f' + '<T>\n'.repeat(3000) + '}\n';
  assert.match(local.analyzeText('/w/chain.ts', chain).incomplete ?? '', /nested too deeply/);
  // …and when one gets through anyway, the WebAssembly instance is replaced.
  assert.throws(() => local.parsers.parse('typescript', chain), /parser failed/);
  assert.equal(local.parserBroken, true);
  assert.match(local.analyzeText('/w/other.ts', TOOL('  execSync(`ls ${dir}`);')).incomplete ?? '', /parser failed/);
  await local.recover();
  assert.equal(local.parserBroken, false);
  assert.equal(local.analyzeText('/w/other.ts', TOOL('  execSync(`ls ${dir}`);')).findings.length, 1);
  assert.throws(() => local.parsers.parse('typescript', chain), /crashed it before/);
  assert.equal(local.parserBroken, false);
});

test('a service class of another file held in a class field: its sinks are reported at the call, every sink on the flow', async () => {
  const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const host = { readFile: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } } };
  const dir = mkdtempSync(join(tmpdir(), 'warden-js-'));
  writeFileSync(join(dir, 'svc.ts'), [
    'import { exec } from "node:child_process";',
    'import { promisify } from "node:util";',
    'const sh = promisify(exec);',
    'export class Svc {',
    '  async twice(arg: string) {',
    '    await sh(`first ${arg}`);',
    '    await sh(`second ${arg}`);',
    '  }',
    '}',
    '',
  ].join('\n'));
  const file = join(dir, 'index.ts');
  const text = [
    'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
    'import { z } from "zod";',
    'import { Svc } from "./svc.js";',
    'class Tools {',
    '  private svc = new Svc();',
    '  server = new McpServer({ name: "t", version: "1" });',
    '  constructor() {',
    '    this.server.tool("t", { a: z.string() }, async ({ a }) => {',
    '      await this.svc.twice(a);',
    '      return { content: [] };',
    '    });',
    '  }',
    '}',
    '',
  ].join('\n');
  const r = engine.analyzeText(file, text, { host });
  const f = r.findings.filter((x) => x.ruleId === 'tool-input-to-shell');
  assert.equal(f.length, 1);
  assert.equal(f[0].file, file);
  assert.equal(f[0].range.start.line, 8);
  const sinks = f[0].flow.filter((s) => s.file === join(dir, 'svc.ts') && /reaches/.test(s.message));
  assert.deepEqual(sinks.map((s) => s.range.start.line), [5, 6]);
});

test('incremental analysis equals an uncached one with services held in constants, fields and static helpers', () => {
  const head = [
    'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
    'import { exec } from "node:child_process";',
    'import { z } from "zod";',
    'class Runner { run(c: string) { exec(c); } static once(c: string) { exec(c); } }',
    'const ops = { go(c: string) { exec(c); }, noop(c: string) { return c.length; } };',
    'function inside(p: string) { return p.startsWith("/srv/") && !p.includes(".."); }',
    'const runner = new Runner();',
    'const server = new McpServer({ name: "t", version: "1" });',
    'class Host { private r = new Runner(); constructor() {',
  ].join('\n') + '\n';
  const parts = [];
  for (let i = 0; i < 24; i++) {
    const body = ['runner.run(a);', 'Runner.once(a);', 'ops.go(a);', 'ops.noop(a);', 'if (inside(a)) exec(a);', 'this.r.run(a);'][i % 6];
    parts.push(`  server.tool("t${i}", { a: z.string() }, async ({ a }) => {\n    ${body}\n    return { content: [] };\n  });\n`);
  }
  let text = head + parts.join('') + '} }\n';
  const file = '/w/inc-services.ts';
  let tree = engine.parsers.parse('typescript', text);
  const first = engine.analyzeTree(file, 'typescript', text, tree, { incremental: true });
  assert.ok(first.findings.filter((f) => f.ruleId === 'tool-input-to-shell').length >= 12, 'the service calls are followed');
  let seed = 11;
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const snippets = ['\n', ' ', 'exec(a);\n', 'x', ')', 'runner.run(a);', 'return 1;'];
  for (let i = 0; i < 80; i++) {
    const at = rand(text.length);
    const del = rand(3) === 0 ? Math.min(rand(6), text.length - at) : 0;
    const ins = snippets[rand(snippets.length)];
    const edit = makeEdit(text, at, at + del, ins);
    text = text.slice(0, at) + ins + text.slice(at + del);
    tree.edit(edit);
    const next = engine.parsers.parse('typescript', text, tree);
    const changedRanges = next.getChangedRanges(tree);
    tree.delete();
    tree = next;
    const inc = engine.analyzeTree(file, 'typescript', text, tree, { incremental: true, changedRanges: i % 2 ? changedRanges : undefined });
    const fresh = engine.analyzeTree(file, 'typescript', text, tree, {});
    assert.deepEqual(inc.findings, fresh.findings, `edit ${i} at ${at}`);
  }
  tree.delete();
  engine.forget(file);
});
