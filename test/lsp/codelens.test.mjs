// LSP protocol test for the tool CodeLens: spawn the bundled server (dist/server.js --stdio), open
// files with tools, request textDocument/codeLens and check titles, ranges and commands against
// a fresh engine analysis; edits that fix a finding refresh the lenses; the setting turns them off.
// Run after `npm run build`:  node --test test/lsp/codelens.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import engineMod from '../../dist/engine.js';

const { Engine } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(root, 'dist', 'server.js');
const WAIT_MS = 20_000;

const TS_URI = 'file:///codelens-test/src/server.ts';
const TS_TEXT = [
  'import { execSync } from "node:child_process";',
  'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
  'import { z } from "zod";',
  '',
  'const server = new McpServer({ name: "lens", version: "1.0.0" });',
  '',
  'server.registerTool("word_count", { description: "Counts words.", inputSchema: { text: z.string().max(1000) } }, async ({ text }) => {',
  '  return { content: [{ type: "text", text: String(text.split(/\\s+/).length) }] };',
  '});',
  '',
  'server.tool("list_dir", { dir: z.string() }, async ({ dir }) => {',
  '  const out = execSync(`ls -la ${dir}`).toString();',
  '  const again = execSync("du -sh " + dir).toString();',
  '  return { content: [{ type: "text", text: out + again }] };',
  '});',
  '',
].join('\n');

const PY_URI = 'file:///codelens-test/server.py';
const PY_TEXT = [
  'import subprocess',
  'from mcp.server.fastmcp import FastMCP',
  '',
  'mcp = FastMCP("lens")',
  '',
  '',
  '@mcp.tool()',
  'def disk_usage(path: str) -> str:',
  '    """Disk usage."""',
  '    return subprocess.run(f"du -sh {path}", shell=True, capture_output=True, text=True).stdout',
  '',
].join('\n');

class Client {
  constructor() {
    this.settings = {};
    this.published = [];
    this.lensRefreshes = 0;
    this.stderr = '';
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (b) => (this.stderr += b));
    const conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    conn.onRequest('workspace/configuration', (p) => p.items.map((i) => (i.section === 'mcpWarden' ? this.settings : null)));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => {
      this.lensRefreshes++;
      return null;
    });
    conn.onNotification('textDocument/publishDiagnostics', (p) => this.published.push(p));
    conn.onNotification('window/logMessage', () => {});
    conn.onNotification('mcpWarden/status', () => {});
    conn.onError(() => {});
    conn.listen();
    this.conn = conn;
  }

  async initialize() {
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } },
        textDocument: { publishDiagnostics: { dataSupport: true }, codeLens: { dynamicRegistration: false } },
      },
      initializationOptions: { debounceMs: 0 },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(uri, text, languageId) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  codeLens(uri) {
    return this.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } });
  }

  async diagnostics(uri, version) {
    let found;
    await waitFor(() => (found = [...this.published].reverse().find((p) => p.uri === uri && p.version === version)), `diagnostics for ${uri} v${version}`, this);
    return found.diagnostics;
  }

  async shutdown() {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    this.conn.dispose();
  }
}

async function waitFor(pred, what, client) {
  const deadline = Date.now() + WAIT_MS;
  while (!pred()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${client?.stderr.slice(-2000) ?? ''}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

let engine;
let client;
before(async () => {
  engine = await Engine.create(join(root, 'dist'));
  client = new Client();
  const init = await client.initialize();
  assert.deepEqual(init.capabilities.codeLensProvider, { resolveProvider: false });
});
after(async () => {
  await client?.shutdown().catch(() => client.proc.kill());
});

function summary(lenses) {
  return lenses.map((l) => `${l.range.start.line}:${l.command.title}`).sort();
}

describe('CodeLens over tools', () => {
  it('a safe tool gets "▶ Try in sandbox"; a vulnerable one also "N findings" revealing its first finding', async () => {
    await client.open(TS_URI, TS_TEXT, 'typescript');
    const diagnostics = await client.diagnostics(TS_URI, 1);
    const analysis = engine.analyzeText('/codelens-test/src/server.ts', TS_TEXT, { lang: 'typescript' });
    const defs = Object.fromEntries(analysis.definitions.map((d) => [d.name, d]));
    assert.deepEqual(Object.keys(defs).sort(), ['list_dir', 'word_count']);
    const shell = diagnostics.filter((d) => d.code === 'tool-input-to-shell');
    assert.equal(shell.length, 2, 'both execSync calls are flagged');
    const listDirFindings = diagnostics.filter((d) => d.data?.definition === 'list_dir');

    const lenses = await client.codeLens(TS_URI);
    assert.deepEqual(summary(lenses), [
      `${defs.word_count.range.start.line}:▶ Try in sandbox`,
      `${defs.list_dir.range.start.line}:$(warning) ${listDirFindings.length} findings`,
      `${defs.list_dir.range.start.line}:▶ Try in sandbox`,
    ].sort());
    for (const l of lenses) {
      const name = l.range.start.line === defs.list_dir.range.start.line ? 'list_dir' : 'word_count';
      assert.deepEqual(l.range, defs[name].range, `${l.command.title}: lens range is the registration's`);
      if (l.command.title.startsWith('▶')) {
        assert.equal(l.command.command, 'mcpWarden.openSandbox');
        assert.deepEqual(l.command.arguments, [{ uri: TS_URI, tool: name }]);
      } else {
        assert.equal(l.command.command, 'mcpWarden.showToolFindings');
        const first = [...listDirFindings].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)[0];
        assert.deepEqual(l.command.arguments, [{ uri: TS_URI, range: first.range, name: 'list_dir', count: listDirFindings.length }]);
        assert.equal(first.range.start.line, 11, 'the first finding is the execSync on line 12');
      }
    }
  });

  it('fixing the tool refreshes the lenses: the findings lens goes away', async () => {
    const before = client.lensRefreshes;
    const fixed = TS_TEXT.replace('execSync(`ls -la ${dir}`)', 'execFileSync("ls", ["-la", "--", dir])').replace('execSync("du -sh " + dir)', 'execFileSync("du", ["-sh", "--", dir])').replace('import { execSync }', 'import { execFileSync }');
    assert.notEqual(fixed, TS_TEXT);
    await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri: TS_URI, version: 2 }, contentChanges: [{ text: fixed }] });
    const diagnostics = await client.diagnostics(TS_URI, 2);
    assert.deepEqual(diagnostics.map((d) => d.code), []);
    await waitFor(() => client.lensRefreshes > before, 'workspace/codeLens/refresh after the findings changed', client);
    const lenses = await client.codeLens(TS_URI);
    assert.deepEqual(lenses.map((l) => l.command.title), ['▶ Try in sandbox', '▶ Try in sandbox']);
  });

  it('lenses asked for before the document was opened are refreshed once it is analysed', async () => {
    // While a client starts, its codeLens request can reach the server before the didOpen.
    const uri = 'file:///codelens-test/src/early.ts';
    assert.deepEqual(await client.codeLens(uri), [], 'an unknown document has no lenses');
    const before = client.lensRefreshes;
    await client.open(uri, TS_TEXT, 'typescript');
    await client.diagnostics(uri, 1);
    await waitFor(() => client.lensRefreshes > before, 'workspace/codeLens/refresh after the first analysis', client);
    const lenses = await client.codeLens(uri);
    assert.equal(lenses.filter((l) => l.command.title === '▶ Try in sandbox').length, 2);
    await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('Python tools get lenses at the decorated function', async () => {
    await client.open(PY_URI, PY_TEXT, 'python');
    const diagnostics = await client.diagnostics(PY_URI, 1);
    assert.deepEqual(diagnostics.map((d) => d.code), ['tool-input-to-shell']);
    const lenses = await client.codeLens(PY_URI);
    assert.deepEqual(summary(lenses), ['6:$(warning) 1 finding', '6:▶ Try in sandbox']);
    assert.deepEqual(lenses.find((l) => l.command.title.includes('finding')).command.arguments[0].range, diagnostics[0].range);
  });

  it('mcpWarden.codeLens.enable = false turns them off, true brings them back', async () => {
    client.settings = { codeLens: { enable: false } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let lenses;
    const deadline = Date.now() + WAIT_MS;
    do {
      lenses = await client.codeLens(PY_URI);
    } while (lenses.length > 0 && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 20, true))));
    assert.deepEqual(lenses, []);
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    do {
      lenses = await client.codeLens(PY_URI);
    } while (lenses.length === 0 && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 20, true))));
    assert.equal(lenses.length, 2);
  });

  it('an unknown document, or a file without tools, has no lenses', async () => {
    assert.deepEqual(await client.codeLens('file:///codelens-test/nope.ts'), []);
    const uri = 'file:///codelens-test/util.ts';
    await client.open(uri, 'export const add = (a: number, b: number) => a + b;\n', 'typescript');
    assert.deepEqual(await client.codeLens(uri), []);
  });
});
