// The language server survives tree-sitter's WebAssembly trapping on one document: the parser
// is restarted, other documents are analysed again, and the document that caused it gets a note.
// The engine's nesting pre-check (which keeps known crashing inputs away from the parser) is
// switched off for this server so the crash really happens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(root, 'dist', 'server.js');

async function waitFor(what, fn, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a parser crash on one document is contained; the server keeps serving the others', async (t) => {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, MCP_WARDEN_TEST_SKIP_NESTING_CHECK: '1' } });
  t.after(() => proc.kill());
  let stderr = '';
  proc.stderr.on('data', (b) => (stderr += b));
  let exited = false;
  proc.on('exit', () => (exited = true));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const published = [];
  conn.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { debounceMs: 0 } });
  await conn.sendNotification('initialized', {});
  const good = 'file:///w/good.ts';
  const goodText = 'import { execSync } from "child_process";\nimport { z } from "zod";\nserver.tool("t", { dir: z.string() }, async ({ dir }) => {\n  execSync(`ls ${dir}`);\n  return { content: [] };\n});\n';
  const last = (uri) => [...published].reverse().find((p) => p.uri === uri);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: good, languageId: 'typescript', version: 1, text: goodText } });
  await waitFor('diagnostics of the good document', () => last(good)?.diagnostics.some((d) => d.code === 'tool-input-to-shell'));

  const bad = 'file:///w/bad.ts';
  const badText = 'function g() {\n  f' + '<T>\n'.repeat(3000) + '}\n';
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bad, languageId: 'typescript', version: 1, text: badText } });
  const note = await waitFor('a note on the crashing document', () => last(bad)?.diagnostics.find((d) => /parser/.test(d.message))).catch((e) => {
    throw new Error(`${e.message}; published: ${JSON.stringify(published.map((p) => [p.uri, p.version, p.diagnostics.map((d) => d.message.slice(0, 80))]))}; stderr: ${stderr.slice(0, 2000)}`);
  });
  assert.equal(note.severity, 3);

  // After the restart, edits to the good document are analysed as before.
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: good, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  execSync(dir);\n' }],
  });
  await waitFor('both findings after the edit', () => {
    const p = last(good);
    return p?.version === 2 && p.diagnostics.filter((d) => d.code === 'tool-input-to-shell').length === 2;
  });
  assert.equal(exited, false, 'server still running');
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await waitFor('exit', () => exited);
  conn.dispose();
});
