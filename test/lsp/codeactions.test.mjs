// LSP protocol tests for code actions: spawn the bundled server (dist/server.js --stdio), open a
// document, request the code actions for a diagnostic and for source.fixAll.mcp-warden, apply
// the returned edits, send them back as a change and check what the server reports next.
// Run after `npm run build`:  node --test test/lsp/codeactions.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(root, 'dist', 'server.js');
const WAIT_MS = 20_000;
const FIX_ALL = 'source.fixAll.mcp-warden';

class Client {
  constructor() {
    this.published = [];
    this.stderr = '';
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.on('exit', resolve));
    this.proc.stderr.on('data', (b) => (this.stderr += b));
    const conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onNotification('textDocument/publishDiagnostics', (p) => this.published.push(p));
    conn.onNotification(() => {});
    conn.onError(() => {});
    conn.listen();
    this.conn = conn;
  }

  async initialize(dir) {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
        },
      },
      initializationOptions: { debounceMs: 0 },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  async diagnostics(uri, version) {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const p = [...this.published].reverse().find((x) => x.uri === uri && x.version === version);
      if (p) return p.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}\n${this.stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  codeActions(uri, range, diagnostics, only) {
    return this.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  async shutdown() {
    if (this.proc.exitCode !== null) return;
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    await this.exited;
    this.conn.dispose();
  }
}

function offsetAt(text, pos) {
  let off = 0;
  for (let line = 0; line < pos.line; line++) off = text.indexOf('\n', off) + 1;
  return off + pos.character;
}

function applyEdits(text, edits) {
  const spans = edits.map((e, i) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText, i }));
  spans.sort((a, b) => a.s - b.s || a.e - b.e || a.i - b.i);
  let out = '';
  let at = 0;
  for (const x of spans) {
    assert.ok(x.s >= at, 'edits do not overlap');
    out += text.slice(at, x.s) + x.t;
    at = x.e;
  }
  return out + text.slice(at);
}

const SHELL_TS = [
  'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
  'import { execSync } from "node:child_process";',
  'import * as fs from "node:fs";',
  'import { z } from "zod";',
  '',
  'const server = new McpServer({ name: "t", version: "1.0.0" });',
  '',
  'server.tool("list", { dir: z.string(), file: z.string(), data: z.any() }, async ({ dir, file }) => {',
  '  const out = execSync(`ls -la "${dir}"`).toString();',
  '  const other = execSync(`du -sh ${dir}`).toString();',
  '  const tail = execSync(`tail -n 5 "${dir}/app.log"`).toString();',
  '  const text = fs.readFileSync(file, "utf8");',
  '  return { content: [{ type: "text", text: out + other + tail + text }] };',
  '});',
  '',
].join('\n');

const YAML_PY = [
  'import yaml',
  'from mcp.server.fastmcp import FastMCP',
  '',
  'mcp = FastMCP("t")',
  '',
  '',
  '@mcp.tool()',
  'def parse(text: str) -> str:',
  '    return str(yaml.load(text, Loader=yaml.Loader))',
  '',
].join('\n');

describe('code actions', () => {
  let client;
  let dir;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mcp-warden-ca-'));
    client = new Client();
    const init = await client.initialize(dir);
    assert.deepEqual(init.capabilities.codeActionProvider?.codeActionKinds?.includes(FIX_ALL), true, 'fix-all kind advertised');
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('quickfix'), 'quickfix kind advertised');
  });
  after(async () => {
    await client?.shutdown();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('offers the fix, suppression and docs for a diagnostic; the preferred fix clears it', async () => {
    const uri = pathToFileURL(join(dir, 'shell.ts')).href;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: SHELL_TS } });
    const diags = await client.diagnostics(uri, 1);
    const shell = diags.filter((d) => d.code === 'tool-input-to-shell');
    assert.equal(shell.length, 3, JSON.stringify(diags.map((d) => d.code)));
    assert.ok(Array.isArray(shell[0].data.fixes) && shell[0].data.fixes.length > 0, 'the diagnostic carries its fixes in data');
    const actions = await client.codeActions(uri, shell[0].range, [shell[0]]);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred fix among ${titles.join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.match(fix.title, /execFileSync/);
    // The unquoted `du -sh ${dir}` gets the same kind of fix, offered but not preferred.
    const other = await client.codeActions(uri, shell[1].range, [shell[1]]);
    const otherFix = other.find((a) => /execFileSync/.test(a.title));
    assert.ok(otherFix && !otherFix.isPreferred, JSON.stringify(other.map((a) => [a.title, a.isPreferred])));
    assert.ok(titles.includes('Suppress tool-input-to-shell on this line'), titles.join(' | '));
    const docs = actions.find((a) => a.title === 'Show documentation for tool-input-to-shell');
    assert.equal(docs?.command?.command, 'mcpWarden.showRuleDocumentation');
    assert.equal(docs.command.arguments[0], shell[0].codeDescription.href);
    assert.ok(docs.command.arguments[0].endsWith('/docs/rules/tool-input-to-shell.md'));

    const fixed = applyEdits(SHELL_TS, fix.edit.changes[uri]);
    assert.match(fixed, /import \{ execSync, execFileSync \} from "node:child_process";/);
    assert.match(fixed, /execFileSync\("ls", \["-la", dir\]\)/);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
    const after2 = await client.diagnostics(uri, 2);
    assert.equal(after2.filter((d) => d.code === 'tool-input-to-shell').length, 2, 'the other two shell findings left');
    assert.equal(after2.filter((d) => d.code === 'tool-input-to-path').length, 1);

    // The suppression comment, inserted with the flagged line's indentation, silences it.
    const left = after2.find((d) => d.code === 'tool-input-to-shell' && d.range.start.line === 9);
    const sup = (await client.codeActions(uri, left.range, [left])).find((a) => a.title.startsWith('Suppress'));
    const suppressed = applyEdits(fixed, sup.edit.changes[uri]);
    assert.match(suppressed, /\n  \/\/ mcp-warden-ignore-next-line tool-input-to-shell -- <reason>\n  const other = execSync/);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: suppressed }] });
    const after3 = await client.diagnostics(uri, 3);
    assert.equal(after3.filter((d) => d.code === 'tool-input-to-shell').length, 1, 'suppressed (the tail line stays)');
    assert.equal(after3.filter((d) => d.code === 'tool-input-to-path').length, 1, 'other findings stay');
  });

  it('source.fixAll.mcp-warden applies only preferred fixes', async () => {
    const uri = pathToFileURL(join(dir, 'all.ts')).href;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: SHELL_TS } });
    const diags = await client.diagnostics(uri, 1);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    // Quick fixes are not returned for a source-only request, and fix-all not for a plain one.
    const plain = await client.codeActions(uri, range, []);
    assert.equal(plain.filter((a) => a.kind === FIX_ALL).length, 0);
    const actions = await client.codeActions(uri, range, [], [FIX_ALL]);
    assert.equal(actions.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(actions[0].kind, FIX_ALL);
    assert.equal((await client.codeActions(uri, range, [], ['source.fixAll'])).length, 1, 'the parent kind source.fixAll matches too');
    const edits = actions[0].edit.changes[uri];
    const out = applyEdits(SHELL_TS, edits);
    // The quoted commands are fixed, execFileSync imported once (an edit both fixes carry);
    // the unquoted one is not preferred.
    assert.match(out, /import \{ execSync, execFileSync \} from "node:child_process";/);
    assert.match(out, /execFileSync\("tail", \["-n", "5", `\$\{dir\}\/app\.log`\]\)/);
    assert.match(out, /execFileSync\("ls", \["-la", dir\]\)/);
    assert.match(out, /execSync\(`du -sh \$\{dir\}`\)/);
    // Not preferred fixes (the path guard with the working directory as root, z.any()) are left alone.
    assert.match(out, /fs\.readFileSync\(file, "utf8"\)/);
    assert.match(out, /data: z\.any\(\)/);
    const nonPreferred = diags.filter((d) => d.code === 'tool-input-to-path' || d.code === 'weak-input-schema');
    assert.ok(nonPreferred.every((d) => d.data.fixes?.every((f) => !f.preferred)), 'those fixes exist but are not preferred');
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: out }] });
    const after2 = await client.diagnostics(uri, 2);
    assert.deepEqual(after2.map((d) => d.code).sort(), ['tool-input-to-path', 'tool-input-to-shell', 'weak-input-schema']);
    // Nothing safe left to fix: no fix-all action.
    assert.equal((await client.codeActions(uri, range, [], [FIX_ALL])).length, 0);
  });

  it('fix-all on a version the server has not analysed yet analyses it first', async () => {
    const uri = pathToFileURL(join(dir, 'fresh.py')).href;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: 'x = 1\n' } });
    await client.diagnostics(uri, 1);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: YAML_PY }] });
    // Ask at once, before the debounced analysis of version 2 is reported.
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL]);
    assert.equal(actions.length, 1);
    const out = applyEdits(YAML_PY, actions[0].edit.changes[uri]);
    assert.match(out, /yaml\.load\(text, Loader=yaml\.SafeLoader\)/);
  });

  it('Python suppression uses # and keeps the indentation; a second rule joins an existing comment', async () => {
    const uri = pathToFileURL(join(dir, 'sup.py')).href;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text: YAML_PY } });
    const [d] = (await client.diagnostics(uri, 1)).filter((x) => x.code === 'unsafe-deserialization');
    const sup = (await client.codeActions(uri, d.range, [d])).find((a) => a.title === 'Suppress unsafe-deserialization on this line');
    const out = applyEdits(YAML_PY, sup.edit.changes[uri]);
    assert.match(out, /\n    # mcp-warden-ignore-next-line unsafe-deserialization -- <reason>\n    return str\(yaml\.load/);
    // Another rule on the same line: added to the comment that is already there.
    const other = { ...d, code: 'tool-input-to-path', data: { ...d.data, ruleId: 'tool-input-to-path', fixes: undefined }, range: { start: { line: d.range.start.line + 1, character: 4 }, end: d.range.end } };
    const lines = out.split('\n');
    const sLine = lines.findIndex((l) => l.includes('mcp-warden-ignore-next-line'));
    other.range = { start: { line: sLine + 1, character: 4 }, end: { line: sLine + 1, character: 10 } };
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: out }] });
    await client.diagnostics(uri, 2);
    const sup2 = (await client.codeActions(uri, other.range, [other])).find((a) => a.title.startsWith('Suppress'));
    const out2 = applyEdits(out, sup2.edit.changes[uri]);
    assert.match(out2, /\n    # mcp-warden-ignore-next-line unsafe-deserialization, tool-input-to-path -- <reason>\n    return/);
  });

  it('no suppression comment in strict-JSON configuration files; .vscode/mcp.json gets one', async () => {
    const config = (shape) => [
      '{',
      `  "${shape}": {`,
      '    "github": {',
      '      "command": "npx",',
      '      "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"],',
      '      "env": { "GITHUB_TOKEN": "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB" }',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    const strict = pathToFileURL(join(dir, 'claude_desktop_config.json')).href;
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: strict, languageId: 'json', version: 1, text: config('mcpServers') } });
    const [d] = (await client.diagnostics(strict, 1)).filter((x) => x.code === 'config-secret-literal');
    assert.ok(d, 'the secret is reported');
    const titles = (await client.codeActions(strict, d.range, [d])).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Suppress')), titles.join(' | '));
    assert.ok(titles.includes('Show documentation for config-secret-literal'), titles.join(' | '));

    const jsonc = pathToFileURL(join(dir, '.vscode', 'mcp.json')).href;
    const text = config('servers');
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: jsonc, languageId: 'jsonc', version: 1, text } });
    const [d2] = (await client.diagnostics(jsonc, 1)).filter((x) => x.code === 'config-secret-literal');
    assert.ok(d2, 'the secret is reported in .vscode/mcp.json');
    const sup = (await client.codeActions(jsonc, d2.range, [d2])).find((a) => a.title === 'Suppress config-secret-literal on this line');
    assert.ok(sup, 'suppression offered where comments are allowed');
    const out = applyEdits(text, sup.edit.changes[jsonc]);
    assert.match(out, /\n      \/\/ mcp-warden-ignore-next-line config-secret-literal -- <reason>\n      "env"/);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: jsonc, version: 2 }, contentChanges: [{ text: out }] });
    const after2 = await client.diagnostics(jsonc, 2);
    assert.equal(after2.filter((x) => x.code === 'config-secret-literal').length, 0, JSON.stringify(after2.map((x) => x.code)));
  });

  it('ignores diagnostics from other sources and malformed data', async () => {
    const uri = pathToFileURL(join(dir, 'shell.ts')).href;
    const range = { start: { line: 8, character: 2 }, end: { line: 8, character: 5 } };
    const foreign = { range, message: 'x', source: 'eslint', code: 'no-eval', data: { ruleId: 'tool-input-to-shell', fixes: [{ title: 'evil', preferred: true, edits: [] }] } };
    const broken = { range, message: 'x', source: 'mcp-warden', data: { ruleId: 'tool-input-to-shell', fixes: [{ title: 'bad', preferred: true, edits: [{ range: null, newText: 1 }] }] } };
    const actions = await client.codeActions(uri, range, [foreign, broken]);
    assert.ok(!actions.some((a) => a.title === 'evil' || a.title === 'bad'), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(actions.some((a) => a.title === 'Suppress tool-input-to-shell on this line'));
    assert.equal(client.stderr.includes('Error'), false, client.stderr);
  });
});

// The fixture runner's expected fixes arrive over the protocol unchanged.
describe('fixes over the protocol equal the engine', () => {
  it('data.fixes of a fixture equal Engine.analyzeText', async () => {
    const { default: engineMod } = await import('../../dist/engine.js');
    const engine = await engineMod.Engine.create(join(root, 'dist'));
    const file = join(root, 'test', 'fixtures', 'tool-input-to-sql', 'fix-params.ts');
    const text = readFileSync(file, 'utf8');
    const client = new Client();
    try {
      await client.initialize(dirname(file));
      const uri = pathToFileURL(file).href;
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
      const diags = await client.diagnostics(uri, 1);
      const want = engine.analyzeText(file, text, {}).findings.map((f) => f.fixes ?? null);
      assert.equal(diags.length, want.length);
      assert.deepEqual(diags.map((d) => d.data.fixes ?? null), want);
      assert.ok(want.filter(Boolean).length >= 2);
    } finally {
      await client.shutdown();
    }
  });
});
