// What waits for a pause in typing: after an edit the server publishes at once the taint
// findings of the new text, with the check rules' findings of the previous text moved through
// the edit and no quick fixes; once typing pauses it runs the check rules, computes the fixes and
// publishes again. A code action asked for in between gets the fix all the same.
// Run after `npm run build`:  node --test test/lsp/deferred-fixes.test.mjs
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

const SERVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'server.js');

const TOOL = [
  'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
  'import { execSync } from "node:child_process";',
  'import * as https from "node:https";',
  'import { z } from "zod";',
  '',
  'const server = new McpServer({ name: "t", version: "1.0.0" });',
  '',
  'const agent = new https.Agent({ rejectUnauthorized: false });',
  '',
  'server.tool("list", { dir: z.string().max(200) }, async ({ dir }) => {',
  '  const out = execSync(`ls -la ${dir}`).toString();',
  '  return { content: [{ type: "text", text: out }] };',
  '});',
  '',
].join('\n');

describe('quick fixes after a pause in typing', () => {
  let proc;
  let conn;
  let dir;
  const published = [];

  /** Resolves with the first publication for `uri`/`version` that satisfies `pred`. */
  async function publication(uri, version, pred, ms = 20_000) {
    const deadline = Date.now() + ms;
    for (;;) {
      const p = published.find((x) => x.uri === uri && x.version === version && pred(x.diagnostics));
      if (p) return p.diagnostics;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri} v${version}: ${JSON.stringify(published.filter((x) => x.uri === uri).map((x) => [x.version, x.diagnostics.map((d) => !!d.data?.fixes)]))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }
  const withFixes = (ds) => ds.some((d) => d.data?.fixes?.length > 0);
  const shellOnly = (ds) => ds.some((d) => d.code === 'tool-input-to-shell');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mcp-warden-deferred-'));
    proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
    conn.onNotification(() => {});
    conn.listen();
    await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).href,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true, dataSupport: true } } },
      initializationOptions: { debounceMs: 0 },
    });
    await conn.sendNotification('initialized', {});
  });

  after(async () => {
    await conn.sendRequest('shutdown');
    await conn.sendNotification('exit');
    conn.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes without fixes at once after an edit, then with them', async () => {
    const uri = pathToFileURL(join(dir, 'pause.ts')).href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: TOOL } });
    // On open the fixes come with the first publication.
    const opened = await publication(uri, 1, shellOnly);
    assert.ok(withFixes(opened), 'fixes on open');
    // An edit on the flagged line (typing inside the template literal).
    const at = { line: 10, character: 30 };
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: ' ' }] });
    const fast = await publication(uri, 2, shellOnly);
    assert.equal(withFixes(fast), false, 'the keystroke publication carries no fixes');
    const later = await publication(uri, 2, withFixes);
    const shell = later.find((d) => d.code === 'tool-input-to-shell');
    assert.match(shell.data.fixes[0].title, /execFileSync/);
    assert.deepEqual(shell.range, fast.find((d) => d.code === 'tool-input-to-shell').range, 'same finding, now with its fix');
  });

  it('a code action asked before the pause ends still offers the fix', async () => {
    const uri = pathToFileURL(join(dir, 'eager.ts')).href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: TOOL } });
    await publication(uri, 1, shellOnly);
    const at = { line: 10, character: 30 };
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: ' ' }] });
    const fast = await publication(uri, 2, shellOnly);
    const diag = fast.find((d) => d.code === 'tool-input-to-shell');
    assert.equal(diag.data.fixes, undefined);
    const actions = await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
    const fix = actions.find((a) => a.kind === 'quickfix' && /execFileSync/.test(a.title));
    assert.ok(fix?.edit, `the rule's fix among ${actions.map((a) => a.title).join(' | ')}`);
  });

  it('carries check findings through an edit, and finds new ones once typing pauses', async () => {
    const uri = pathToFileURL(join(dir, 'checks.ts')).href;
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: TOOL } });
    const opened = await publication(uri, 1, shellOnly);
    const tls = opened.find((d) => d.code === 'tls-verification-disabled');
    assert.ok(tls, JSON.stringify(opened.map((d) => d.code)));
    // A new line above it: the carried finding moves down with its line.
    const top = { line: 4, character: 0 };
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: top, end: top }, text: 'const insecure = new https.Agent({ rejectUnauthorized: false });\n' }] });
    const fast = await publication(uri, 2, shellOnly);
    const moved = fast.filter((d) => d.code === 'tls-verification-disabled');
    assert.deepEqual(moved.map((d) => d.range.start.line), [tls.range.start.line + 1], 'the old finding, one line down; the new line not checked yet');
    const settled = await publication(uri, 2, (ds) => ds.filter((d) => d.code === 'tls-verification-disabled').length === 2);
    assert.deepEqual(settled.filter((d) => d.code === 'tls-verification-disabled').map((d) => d.range.start.line), [4, tls.range.start.line + 1]);
  });
});
