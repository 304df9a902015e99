#!/usr/bin/env node
// The end-to-end suite (test/e2e/suite/, the same files test/e2e/run.mjs runs in code-server)
// under @vscode/test-electron: a downloaded desktop VS Code with this checkout as the extension
// under development. Needs internet access to update.code.visualstudio.com (or
// MCP_WARDEN_E2E_VSCODE=/path/to/code), and a display (on a headless Linux box:
// `xvfb-run -a npm run test:e2e:electron`). Without a network it fails fast and says so; use
// `npm run test:e2e` there.
// Environment: MCP_WARDEN_E2E_VSCODE (an installed VS Code executable), MCP_WARDEN_E2E_VSCODE_VERSION
// (default "stable"), MCP_WARDEN_E2E_GREP, MCP_WARDEN_E2E_TIMEOUT_MS (whole run, default 600000).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const TIMEOUT_MS = Number(process.env.MCP_WARDEN_E2E_TIMEOUT_MS || 600_000);
const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|getaddrinfo|socket hang up|timeout|Failed to get JSON|Failed to download/i;

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) fail(`npm run build failed (exit ${build.status})`);

const tmp = mkdtempSync(join(tmpdir(), 'mcp-warden-e2e-electron-'));
const workspace = join(tmp, 'workspace');
cpSync(join(HERE, 'workspace'), workspace, { recursive: true });
mkdirSync(join(tmp, 'user', 'User'), { recursive: true });
cpSync(join(HERE, 'user-settings.json'), join(tmp, 'user', 'User', 'settings.json'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

// A hung download or VS Code must not hang CI: the whole run has a deadline.
const watchdog = setTimeout(() => fail(`no result after ${TIMEOUT_MS} ms; giving up`), TIMEOUT_MS);

let code = 1;
try {
  code = await runTests({
    version: process.env.MCP_WARDEN_E2E_VSCODE_VERSION || 'stable',
    vscodeExecutablePath: process.env.MCP_WARDEN_E2E_VSCODE || undefined,
    timeout: 30_000, // idle timeout of the VS Code download
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(HERE, 'suite', 'index.js'),
    extensionTestsEnv: process.env.MCP_WARDEN_E2E_GREP ? { MCP_WARDEN_E2E_GREP: process.env.MCP_WARDEN_E2E_GREP } : {},
    launchArgs: [
      workspace,
      '--disable-extensions', // other installed extensions; built-in languages stay
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--user-data-dir', join(tmp, 'user'),
      '--extensions-dir', join(tmp, 'extensions'),
    ],
  });
} catch (e) {
  const message = e && e.message ? e.message : String(e);
  if (NETWORK_ERROR.test(message) || NETWORK_ERROR.test(String(e && e.code))) {
    fail(`could not download VS Code (${message.split('\n')[0]}).\n` +
      '@vscode/test-electron needs internet access to update.code.visualstudio.com, or an installed VS Code in\n' +
      'MCP_WARDEN_E2E_VSCODE=/path/to/code. Offline, run the same suite in code-server: npm run test:e2e');
  }
  fail(`VS Code tests failed to run: ${message}`);
}
clearTimeout(watchdog);
process.exit(code === 0 ? 0 : 1);

function fail(message) {
  console.error(`test:e2e:electron: ${message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
