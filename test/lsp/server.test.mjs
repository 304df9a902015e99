// LSP protocol tests: spawn the bundled server (dist/server.js --stdio), talk JSON-RPC to it,
// and check that what it reports equals what the engine reports for the same text.
// Run after `npm run build`:  node --test test/lsp/
// Assertions compare against a fresh Engine.analyzeText, so they hold however many findings the
// engine produces; waits poll with a deadline, never sleep.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import engineMod from '../../dist/engine.js';

const { Engine, langFromLanguageId } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const SERVER = join(dist, 'server.js');
const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 };
const WAIT_MS = 20_000;

// ---------------------------------------------------------------------------------------------
// A minimal LSP client

class TestClient {
  constructor({ pull = false, settings = {} } = {}) {
    this.pull = pull;
    this.settings = settings;
    this.published = []; // every publishDiagnostics, in arrival order
    this.logs = []; // window/logMessage
    this.status = []; // mcpWarden/status
    this.refreshes = 0;
    this.configRequests = 0;
    this.stderr = '';
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.proc.on('exit', (code, signal) => resolve({ code, signal })));
    this.proc.exitCode = null;
    this.proc.stderr.on('data', (b) => (this.stderr += b));
    const conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    conn.onRequest('workspace/configuration', (p) => {
      this.configRequests++;
      return p.items.map((i) => (i.section === 'mcpWarden' ? this.settings : null));
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    conn.onNotification('textDocument/publishDiagnostics', (p) => this.published.push(p));
    conn.onNotification('window/logMessage', (p) => this.logs.push(p));
    conn.onNotification('mcpWarden/status', (p) => this.status.push(p));
    conn.onError(() => {});
    conn.onClose(() => {});
    conn.listen();
    this.conn = conn;
  }

  async initialize(rootDir) {
    const capabilities = {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(this.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootDir ? pathToFileURL(rootDir).href : null,
      workspaceFolders: rootDir ? [{ uri: pathToFileURL(rootDir).href, name: 'ws' }] : null,
      capabilities,
      initializationOptions: { debounceMs: 0 },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri, text, languageId = 'typescript', version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async setSettings(settings) {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { mcpWarden: settings } });
  }

  syntaxTree(uri) {
    return this.conn.sendRequest('mcpWarden/syntaxTree', { uri });
  }

  pullDiagnostics(uri, previousResultId) {
    return this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  publishCount(uri) {
    return this.published.filter((p) => p.uri === uri).length;
  }

  /** Waits for a publishDiagnostics for `uri` (with `version`, if given) after the first `after` ones. */
  async diagnostics(uri, { version, after = 0 } = {}) {
    let found;
    await waitFor(() => {
      const mine = this.published.filter((p) => p.uri === uri).slice(after);
      found = mine.reverse().find((p) => version === undefined || p.version === version);
      return found !== undefined;
    }, `publishDiagnostics for ${uri}${version !== undefined ? ` version ${version}` : ''}`, this);
    return found.diagnostics;
  }

  errorLogs() {
    return this.logs.filter((l) => l.type === 1).map((l) => l.message);
  }

  async shutdown() {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const res = await withDeadline(this.exited, 'server exit');
    this.conn.dispose();
    return res;
  }

  kill() {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill();
    this.conn.dispose();
  }
}

async function waitFor(pred, what, client, ms = WAIT_MS) {
  const deadline = Date.now() + ms;
  for (;;) {
    if (pred()) return;
    if (Date.now() > deadline) {
      const extra = client ? `\nserver stderr:\n${client.stderr.slice(-2000)}\nserver log:\n${client.logs.map((l) => l.message).join('\n').slice(-2000)}` : '';
      throw new Error(`timed out waiting for ${what}${extra}`);
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

function withDeadline(promise, what, ms = WAIT_MS) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Expected results: a fresh full analysis of the same text

let engine;

function expected(uri, text, languageId = 'typescript', rules = {}) {
  const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  const lang = langFromLanguageId(languageId, file);
  const a = engine.analyzeText(file, text, { lang, rules });
  return { analysis: a, findings: a.findings.filter((f) => rules[f.ruleId] !== 'off') };
}

/** Checks the server's diagnostics for a document against the engine's analysis of `text`. */
function assertMatchesEngine(diagnostics, uri, text, languageId = 'typescript', rules = {}) {
  const { analysis, findings } = expected(uri, text, languageId, rules);
  const ruleDiags = diagnostics.filter((d) => d.data?.ruleId !== undefined);
  const notes = diagnostics.filter((d) => d.data?.ruleId === undefined);
  assert.deepEqual(
    ruleDiags.map((d) => ({ code: d.code, range: d.range, severity: d.severity, message: d.message })),
    findings.map((f) => ({ code: f.ruleId, range: f.range, severity: SEVERITY[f.severity], message: f.message })),
    'rule diagnostics equal a fresh analysis of the same text',
  );
  for (const [i, d] of ruleDiags.entries()) {
    const f = findings[i];
    assert.equal(d.source, 'mcp-warden');
    assert.equal(d.data.ruleId, d.code);
    assert.equal(d.data.flow, undefined, 'the flow travels once, as relatedInformation');
    assert.ok(d.codeDescription?.href?.startsWith('file://'), `codeDescription.href is a file URL: ${d.codeDescription?.href}`);
    const doc = fileURLToPath(d.codeDescription.href);
    assert.ok(doc.endsWith(join('docs', 'rules', `${d.code}.md`)), `doc page for ${d.code}: ${doc}`);
    assert.ok(existsSync(doc), `doc page exists: ${doc}`);
    assert.equal(d.relatedInformation?.length ?? 0, f.flow.length, 'one related location per flow step');
    for (const [j, r] of (d.relatedInformation ?? []).entries()) {
      assert.deepEqual(r.location.range, f.flow[j].range);
      assert.equal(r.message, f.flow[j].message);
      assert.equal(fileURLToPath(r.location.uri), f.flow[j].file, 'related location in the flow step\'s file');
    }
  }
  if (analysis.incomplete) {
    assert.equal(notes.length, 1, `one note for incomplete analysis (${analysis.incomplete})`);
    assert.equal(notes[0].severity, 3);
    assert.equal(notes[0].range.start.line, 0);
    assert.equal(notes[0].source, 'mcp-warden');
    assert.ok(notes[0].message.includes(analysis.incomplete), notes[0].message);
  } else {
    assert.deepEqual(notes, [], 'no notes when analysis is complete');
  }
  return findings;
}

async function assertTreeIsFresh(client, uri, text, languageId = 'typescript') {
  const res = await client.syntaxTree(uri);
  assert.ok(res, 'server knows the document');
  const lang = langFromLanguageId(languageId, uri);
  const fresh = engine.parsers.parse(lang, text, null, 5000);
  try {
    assert.equal(res.sexp, fresh.rootNode.toString(), 'incrementally parsed tree equals a fresh parse');
  } finally {
    fresh.delete();
  }
}

// ---------------------------------------------------------------------------------------------
// Text editing on the test side (LSP positions are UTF-16 offsets, like JS strings)

function offsetAt(text, pos) {
  let off = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', off);
    if (nl === -1) return text.length;
    off = nl + 1;
  }
  const nl = text.indexOf('\n', off);
  return Math.min(off + pos.character, nl === -1 ? text.length : nl);
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

function applyChange(text, c) {
  if (!c.range) return c.text;
  return text.slice(0, offsetAt(text, c.range.start)) + c.text + text.slice(offsetAt(text, c.range.end));
}

/** A change replacing text[start, end) with `insert`, described by LSP positions. */
function edit(text, start, end, insert) {
  return { range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert };
}

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Sample documents

const TOOL_TS = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { exec } from "child_process";
import { readFile } from "node:fs/promises";

const server = new McpServer({ name: "demo", version: "1.0.0" });

// A tool whose argument reaches a shell 😀 (non-BMP text before the sink on purpose).
server.tool("list", { dir: z.string() }, async ({ dir }) => {
  exec(\`ls \${dir}\`);
  return { content: [{ type: "text", text: "listed" }] };
});

server.registerTool("read", { description: "Read a file", inputSchema: { path: z.string() } }, async ({ path }) => {
  const data = await readFile(path, "utf8");
  return { content: [{ type: "text", text: data }] };
});
`;

const SHELL_TS = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { exec } from "child_process";

const server = new McpServer({ name: "demo", version: "1.0.0" });

server.tool("list", { dir: z.string() }, async ({ dir }) => {
  exec(\`ls \${dir}\`);
  return { content: [{ type: "text", text: "ok" }] };
});
`;

const TOOL_PY = `from mcp.server.fastmcp import FastMCP
import subprocess

mcp = FastMCP("demo")

@mcp.tool()
def run(cmd: str) -> str:
    return subprocess.check_output(cmd, shell=True).decode()
`;

// ---------------------------------------------------------------------------------------------

let tmp;

before(async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js exists (run `npm run build` first)');
  engine = await Engine.create(dist);
  tmp = mkdtempSync(join(tmpdir(), 'mcpw-lsp-'));
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('language server (push diagnostics)', () => {
  let client;
  const uri = () => pathToFileURL(join(tmp, 'server.ts')).href;
  /** The main document's current text (the edit test changes it; later tests reuse it). */
  let mainText = TOOL_TS;

  before(async () => {
    client = new TestClient();
    const init = await client.initialize(tmp);
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull provider for a push-only client');
  });

  after(async () => {
    client?.kill();
  });

  it('publishes diagnostics on open that equal a fresh analysis', async () => {
    await client.open(uri(), TOOL_TS, 'typescript', 1);
    const diags = await client.diagnostics(uri(), { version: 1 });
    const findings = assertMatchesEngine(diags, uri(), TOOL_TS);
    await assertTreeIsFresh(client, uri(), TOOL_TS);
    await waitFor(() => client.status.some((s) => s.documents.some((d) => d.uri === uri())), 'mcpWarden/status', client);
    const st = client.status.at(-1).documents.find((d) => d.uri === uri());
    assert.equal(st.findings, findings.length);
  });

  it('re-parses incrementally and reports what a fresh analysis of the edited text reports', async () => {
    let text = TOOL_TS;
    let version = 1;
    const send = async (changes) => {
      // Each change's range refers to the text as left by the previous change (LSP semantics).
      for (const c of changes) text = applyChange(text, c);
      await client.change(uri(), ++version, changes);
    };
    // Insert a line, delete a word, replace across lines, several changes in one notification.
    await send([edit(text, text.indexOf('server.registerTool'), text.indexOf('server.registerTool'), '// inserted 👋 line\n')]);
    let t2 = text;
    const a = t2.indexOf('listed');
    const c1 = edit(t2, a, a + 'listed'.length, 'done');
    t2 = applyChange(t2, c1);
    const b = t2.indexOf('"Read a file"');
    const c2 = edit(t2, b, b + '"Read a file"'.length, '"Read a file\\nfrom disk"');
    await send([c1, c2]);
    const s = text.indexOf('exec(');
    await send([edit(text, s, text.indexOf(';', s), 'exec(`ls -la ${dir} && echo ${dir}`)')]);
    // Typing at the end, character by character.
    for (const ch of 'server.tool("x", async () => ({ content: [] }));\n') {
      await send([edit(text, text.length, text.length, ch)]);
    }
    mainText = text;
    const diags = await client.diagnostics(uri(), { version });
    assertMatchesEngine(diags, uri(), text);
    await assertTreeIsFresh(client, uri(), text);
  });

  it('random edit sequence ends with the same tree and diagnostics as a fresh parse', async () => {
    const u = pathToFileURL(join(tmp, 'random.ts')).href;
    const rnd = mulberry32(20261122);
    let text = TOOL_TS;
    let version = 1;
    await client.open(u, text, 'typescript', version);
    const pieces = ['exec(', '`${dir}`', ')', '{', '}', '\n', ' ', 'const x = dir;', '"', '/*', '*/', 'é', '😀', 'server.tool('];
    for (let i = 0; i < 150; i++) {
      const start = Math.floor(rnd() * (text.length + 1));
      const end = Math.min(text.length, start + Math.floor(rnd() * 12));
      const insert = rnd() < 0.3 ? '' : pieces[Math.floor(rnd() * pieces.length)];
      // Never split a surrogate pair (editors don't).
      if (/[\udc00-\udfff]/.test(text[start] ?? '') || /[\udc00-\udfff]/.test(text[end] ?? '')) continue;
      const c = edit(text, start, end, insert);
      text = applyChange(text, c);
      await client.change(u, ++version, [c]);
    }
    // Restore valid code so the final tree has no error nodes to recover differently.
    const c = { range: { start: { line: 0, character: 0 }, end: positionAt(text, text.length) }, text: TOOL_TS };
    text = applyChange(text, c);
    await client.change(u, ++version, [c]);
    const diags = await client.diagnostics(u, { version });
    assertMatchesEngine(diags, u, text);
    await assertTreeIsFresh(client, u, text);
    await client.close(u);
    await waitFor(() => client.published.filter((p) => p.uri === u).at(-1)?.diagnostics.length === 0, 'diagnostics cleared on close', client);
    assert.equal(await client.syntaxTree(u), null, 'tree deleted on close');
  });

  it('turning a rule off removes its diagnostics; severities follow settings', async () => {
    const u = uri();
    const n = client.publishCount(u);
    const rules = { 'tool-input-to-shell': 'off', 'tool-input-to-path': 'hint' };
    await client.setSettings({ rules });
    const diags = await client.diagnostics(u, { after: n });
    assert.ok(!diags.some((d) => d.code === 'tool-input-to-shell'));
    const { analysis } = expected(u, mainText, 'typescript', rules);
    assertMatchesEngine(diags, u, mainText, 'typescript', rules);
    assert.ok(analysis.findings.every((f) => f.ruleId !== 'tool-input-to-path' || f.severity === 'hint'));

    const m = client.publishCount(u);
    await client.setSettings({});
    assertMatchesEngine(await client.diagnostics(u, { after: m }), u, mainText);
  });

  it('survives binary garbage, huge minified text and half-typed code, and keeps serving', async () => {
    const rnd = mulberry32(7);
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(rnd() * 256);
    const cases = [
      ['binary.ts', bytes.toString('latin1'), 'typescript'],
      // Garbage without NULs is parsed; kept small so parsing stays far below the time budget.
      ['garbage.py', bytes.subarray(0, 8192).toString('latin1').replace(/\0/g, ' '), 'python'],
      ['garbage.ts', bytes.subarray(0, 8192).toString('latin1').replace(/\0/g, ' '), 'typescript'],
      ['min.js', 'var a=1;' + 'function f(x){return x+1};'.repeat(3 * 1024 * 1024 / 25), 'javascript'],
      ['min-1mb.js', 'var a=1;' + 'function f(x){return x+1};'.repeat(1024 * 1024 / 25), 'javascript'],
      ['deep.ts', '[\n'.repeat(30_000) + ']\n'.repeat(30_000), 'typescript'],
      ['deep-handler.ts', 'server.tool("x", {}, async ({ a }) => {\n' + 'if (a) {\n'.repeat(5000) + 'exec(a);\n' + '}\n'.repeat(5000) + '});\n', 'typescript'],
      ['half.ts', SHELL_TS.slice(0, SHELL_TS.indexOf('exec(') + 8), 'typescript'],
      ['half.py', TOOL_PY.slice(0, TOOL_PY.indexOf('check_output(') + 14), 'python'],
      ['empty.tsx', '', 'typescriptreact'],
    ];
    for (const [name, text, lang] of cases) {
      const u = pathToFileURL(join(tmp, name)).href;
      await client.open(u, text, lang, 1);
      const diags = await client.diagnostics(u, { version: 1 });
      assertMatchesEngine(diags, u, text, lang);
      const { analysis } = expected(u, text, lang);
      if (text.length > 2_000_000) assert.ok(analysis.incomplete, 'a 3 MB file is reported as not analysed');
    }
    // Half-typed code typed in chunks on top of an empty document.
    const u = pathToFileURL(join(tmp, 'typing.py')).href;
    await client.open(u, '', 'python', 1);
    let text = '';
    let version = 1;
    for (let i = 0; i < TOOL_PY.length; i += 5) {
      const chunk = TOOL_PY.slice(i, i + 5);
      const c = edit(text, text.length, text.length, chunk);
      text = applyChange(text, c);
      await client.change(u, ++version, [c]);
    }
    assertMatchesEngine(await client.diagnostics(u, { version }), u, text, 'python');
    await assertTreeIsFresh(client, u, text, 'python');
    // Growing a document past the size limit and back: the note appears and goes.
    const big = 'x'.repeat(2_100_000);
    await client.change(u, ++version, [edit(text, text.length, text.length, `# ${big}\n`)]);
    text += `# ${big}\n`;
    assertMatchesEngine(await client.diagnostics(u, { version }), u, text, 'python');
    await client.change(u, ++version, [{ text: TOOL_PY }]);
    text = TOOL_PY;
    assertMatchesEngine(await client.diagnostics(u, { version }), u, text, 'python');
    await assertTreeIsFresh(client, u, text, 'python');

    // Still serving another document.
    assert.equal(client.proc.exitCode, null, 'server still running');
    const other = pathToFileURL(join(tmp, 'other.ts')).href;
    await client.open(other, SHELL_TS, 'typescript', 1);
    assertMatchesEngine(await client.diagnostics(other, { version: 1 }), other, SHELL_TS);
    const errors = client.errorLogs();
    if (errors.length) console.log(`server logged errors (analysis faults, not crashes):\n${errors.join('\n')}`);
  });

  it('exclude globs and enable=false apply live', async () => {
    const u = pathToFileURL(join(tmp, 'excluded', 'big.js')).href;
    const text = 'x'.repeat(2_100_000);
    await client.open(u, text, 'javascript', 1);
    const first = await client.diagnostics(u, { version: 1 });
    assert.equal(first.length, 1, 'a note for the oversized file');

    let n = client.publishCount(u);
    await client.setSettings({ exclude: ['**/excluded/**'] });
    assert.deepEqual(await client.diagnostics(u, { after: n }), [], 'excluded file has no diagnostics');
    await waitFor(() => client.status.at(-1)?.documents.some((d) => d.uri === u && d.excluded), 'excluded in status', client);

    n = client.publishCount(u);
    await client.setSettings({ exclude: [] });
    assert.equal((await client.diagnostics(u, { after: n })).length, 1, 'note back after removing the exclude');

    n = client.publishCount(u);
    await client.setSettings({ enable: false });
    assert.deepEqual(await client.diagnostics(u, { after: n }), [], 'nothing reported when disabled');
    await waitFor(() => client.status.at(-1)?.state === 'disabled', 'disabled status', client);

    n = client.publishCount(u);
    await client.setSettings({ enable: 'not a boolean', rules: 42, exclude: 'nope' });
    assert.equal((await client.diagnostics(u, { after: n })).length, 1, 'bad settings fall back to defaults');
    await client.close(u);
  });

  it('expects tool-input-to-shell on exec(`ls ${dir}`) in a server.tool handler', async () => {
    const u = pathToFileURL(join(tmp, 'shell.ts')).href;
    await client.open(u, SHELL_TS, 'typescript', 1);
    const diags = await client.diagnostics(u, { version: 1 });
    assertMatchesEngine(diags, u, SHELL_TS);
    const d = diags.find((x) => x.code === 'tool-input-to-shell');
    assert.ok(d, `a tool-input-to-shell diagnostic (got ${JSON.stringify(diags.map((x) => x.code))})`);
    assert.equal(d.range.start.line, SHELL_TS.split('\n').findIndex((l) => l.includes('exec(')));
    assert.equal(d.severity, 1);
    assert.ok(d.relatedInformation?.length >= 1, 'the flow is shown as related information');
  });

  it('re-analyses a document when a helper it imports changes on disk', async () => {
    const helper = join(tmp, 'helpers.ts');
    writeFileSync(helper, 'export function run(cmd: string) { return cmd.length; }\n');
    const mainText = `import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { run } from "./helpers";
const server = new McpServer({ name: "demo", version: "1.0.0" });
server.tool("list", { dir: z.string() }, async ({ dir }) => {
  run(\`ls \${dir}\`);
  return { content: [] };
});
`;
    const u = pathToFileURL(join(tmp, 'uses-helper.ts')).href;
    await client.open(u, mainText, 'typescript', 1);
    await client.diagnostics(u, { version: 1 });
    const n = client.publishCount(u);
    writeFileSync(helper, 'import { exec } from "child_process";\nexport function run(cmd: string) { exec(cmd); }\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(helper).href, type: 2 }] });
    const diags = await client.diagnostics(u, { after: n });
    assert.ok(diags.some((d) => d.code === 'tool-input-to-shell'), 'the flow into the helper is reported');
  });

  it('shuts down and exits cleanly', async () => {
    const res = await client.shutdown();
    assert.equal(res.code, 0);
  });
});

describe('language server (pull diagnostics)', () => {
  let client;
  const uri = () => pathToFileURL(join(tmp, 'pulled.ts')).href;

  before(async () => {
    client = new TestClient({ pull: true });
    const init = await client.initialize(tmp);
    assert.ok(init.capabilities.diagnosticProvider, 'pull provider for a client that supports it');
  });

  after(() => client?.kill());

  it('answers textDocument/diagnostic and does not also push', async () => {
    await client.open(uri(), TOOL_TS, 'typescript', 1);
    const report = await client.pullDiagnostics(uri());
    assert.equal(report.kind, 'full');
    assertMatchesEngine(report.items, uri(), TOOL_TS);
    const again = await client.pullDiagnostics(uri(), report.resultId);
    assert.equal(again.kind, 'unchanged');

    const text = TOOL_TS.replace('"list"', '"ls"');
    const i = TOOL_TS.indexOf('"list"');
    await client.change(uri(), 2, [edit(TOOL_TS, i, i + '"list"'.length, '"ls"')]);
    const changed = await client.pullDiagnostics(uri(), report.resultId);
    assert.equal(changed.kind, 'full');
    assert.notEqual(changed.resultId, report.resultId);
    assertMatchesEngine(changed.items, uri(), text);
    await assertTreeIsFresh(client, uri(), text);

    // A round trip after everything above: any push would have arrived by now.
    await client.syntaxTree(uri());
    assert.equal(client.published.length, 0, 'no publishDiagnostics in pull mode');
  });

  it('asks the client to re-pull when settings change', async () => {
    const n = client.refreshes;
    await client.setSettings({ rules: { 'tool-input-to-shell': 'off' } });
    await waitFor(() => client.refreshes > n, 'workspace/diagnostic/refresh', client);
    const report = await client.pullDiagnostics(uri());
    assert.ok(!report.items.some((d) => d.code === 'tool-input-to-shell'));
  });

  it('shuts down and exits cleanly', async () => {
    const res = await client.shutdown();
    assert.equal(res.code, 0);
  });
});
