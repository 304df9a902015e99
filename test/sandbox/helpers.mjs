// Shared helpers for the sandbox tests: the core bundle, real servers started on free ports,
// a fake VS Code for the controller (secret store, dialogs, a webview that records messages).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** dist/sandbox-core.js (npm run build). */
export const core = require(join(ROOT, 'dist', 'sandbox-core.js'));
export const EVERYTHING = join(ROOT, 'node_modules', '@modelcontextprotocol', 'server-everything', 'dist', 'index.js');
export const MISBEHAVING = join(ROOT, 'test', 'sandbox', 'fixtures', 'misbehaving-server.mjs');
export const SECURE = join(ROOT, 'dist', 'secure-server.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** Starts a server process and resolves once its output matches `ready` (rejects after 20 s or on exit). */
export function startProcess(args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${seen}`));
    }, 20_000);
    const on = (b) => {
      seen += b.toString();
      const m = ready.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m, stop: () => new Promise((r) => { if (child.exitCode !== null) return r(); child.once('exit', r); child.kill('SIGTERM'); }) });
      }
    };
    child.stdout.on('data', on);
    child.stderr.on('data', on);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${seen}`));
    });
  });
}

export async function startSecure(token) {
  const p = await startProcess([SECURE], { MCP_SECURE_TOKEN: token, PORT: '0' }, /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/);
  return { ...p, url: p.match[1] };
}

export async function startEverythingHttp() {
  const port = await freePort();
  const p = await startProcess([EVERYTHING, 'streamableHttp'], { PORT: String(port) }, /listening on port/);
  return { ...p, url: `http://127.0.0.1:${port}/mcp` };
}

export async function startEverythingSse() {
  const port = await freePort();
  const p = await startProcess([EVERYTHING, 'sse'], { PORT: String(port) }, /running on port/);
  return { ...p, url: `http://127.0.0.1:${port}/sse` };
}

export function everythingStdio(extra = {}) {
  return { kind: 'stdio', command: process.execPath, args: [EVERYTHING, 'stdio'], env: {}, ...extra };
}

export function tmp(prefix = 'sandbox-test-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A controller with fake VS Code parts; `posted` records every message to the webview. */
export function fakePanel({ trusted = true, auth, confirm = true, mcpJson, lookupTool, limits = {} } = {}) {
  const posted = [];
  const secrets = new Map();
  const confirms = [];
  const historyDir = tmp('sandbox-history-');
  const deps = {
    post: (m) => posted.push(JSON.parse(JSON.stringify(m))),
    secrets: {
      get: async (id) => secrets.get(id),
      store: async (id, s) => void secrets.set(id, s),
      delete: async (id) => void secrets.delete(id),
    },
    history: new core.HistoryStore(historyDir),
    isTrusted: () => trusted,
    settings: () => ({ ...core.DEFAULT_LIMITS, envAllowList: [], ...limits }),
    confirm: async (text) => {
      confirms.push(text);
      return typeof confirm === 'function' ? confirm(text) : confirm;
    },
    askAuth: async () => auth,
    mcpJson: async () => mcpJson,
    lookupTool,
  };
  const controller = new core.SandboxController(deps);
  return { controller, posted, secrets, confirms, historyDir, deps };
}

/** Polls until check() is truthy (10 ms steps) or rejects after timeoutMs. */
export async function until(check, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function last(posted, type) {
  return [...posted].reverse().find((m) => m.type === type);
}
