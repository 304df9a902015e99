// Shared helpers for the end-to-end suite: where the workspace files are, what MCP Warden must
// report in them, and waits that poll for a state with a deadline (never fixed sleeps).
const assert = require('assert');
const vscode = require('vscode');

const EXTENSION_ID = 'mcp-warden.mcp-warden';
const SOURCE = 'mcp-warden';

function workspaceRoot() {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'the end-to-end workspace (test/e2e/workspace copy) is not open');
  return folders[0].uri;
}

/** A file of the test workspace, by its path relative to the workspace root. */
function fileUri(rel) {
  return vscode.Uri.joinPath(workspaceRoot(), ...rel.split('/'));
}

/** MCP Warden's diagnostics for a document (other extensions' are ignored). */
function warden(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

function ruleId(d) {
  return d.code !== null && typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

function rangeText(r) {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

function show(diagnostics) {
  return diagnostics.length ? diagnostics.map((d) => `${ruleId(d)}@${rangeText(d.range)}`).join(', ') : '(none)';
}

/**
 * Resolves with check()'s first truthy result. check() runs now, on every diagnostics change
 * and every 100 ms; after timeoutMs the promise rejects with `what` and describe()'s snapshot.
 * @template T
 * @param {() => T} check
 * @param {{ what: string, describe?: () => string, timeoutMs?: number }} options
 * @returns {Promise<T>}
 */
function waitFor(check, { what, describe, timeoutMs = 20_000 }) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      sub.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const probe = () => {
      try {
        const v = check();
        if (v) finish(undefined, v);
      } catch (e) {
        finish(e);
      }
    };
    const sub = vscode.languages.onDidChangeDiagnostics(probe);
    const poll = setInterval(probe, 100);
    const deadline = setTimeout(() => {
      const state = describe ? `; last seen: ${describe()}` : '';
      finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`));
    }, timeoutMs);
    probe();
  });
}

/** Waits until MCP Warden's diagnostics for uri satisfy predicate; resolves with them. */
function waitForDiagnostics(uri, predicate, what, timeoutMs) {
  const name = vscode.workspace.asRelativePath(uri);
  return waitFor(() => {
    const list = warden(uri);
    return predicate(list) ? list : undefined;
  }, { what: `${what} in ${name}`, describe: () => show(warden(uri)), timeoutMs });
}

/** The range of `target` inside the only line of the document that contains `context`. */
function rangeOf(doc, context, target = context) {
  const lines = doc.getText().split(/\r?\n/);
  const hits = lines.map((l, i) => [l, i]).filter(([l]) => l.includes(context));
  assert.strictEqual(hits.length, 1, `expected exactly one line containing ${JSON.stringify(context)} in ${doc.uri.path}`);
  const [line, i] = hits[0];
  const start = line.indexOf(context) + context.indexOf(target);
  assert.ok(context.includes(target), `${JSON.stringify(target)} is not part of ${JSON.stringify(context)}`);
  return new vscode.Range(i, start, i, start + target.length);
}

/**
 * What the workspace must produce: for each vulnerable file, every finding as rule id plus the
 * text its range must cover (`context` locates the line, `target` the exact span).
 */
const EXPECTED = {
  'src/vulnerable.ts': [
    { rule: 'tool-input-to-shell', context: 'execSync(`ls -la ${dir}`)', target: '`ls -la ${dir}`' },
    { rule: 'tool-input-to-path', context: 'readFileSync(file, "utf8")', target: 'file' },
  ],
  'py/server.py': [
    { rule: 'tool-input-to-shell', context: 'subprocess.run(f"du -sh {path}"', target: 'f"du -sh {path}"' },
  ],
};
const SAFE_FILES = ['src/safe.ts'];

/** True when `list` holds exactly the expected findings (rule and range) for doc. */
function matchesExpected(doc, list, expected) {
  if (list.length !== expected.length) return false;
  return expected.every((e) => {
    const r = rangeOf(doc, e.context, e.target);
    return list.some((d) => ruleId(d) === e.rule && d.range.isEqual(r));
  });
}

/** "rule@line:col-line:col, …" for the expected findings, for failure messages. */
function expectedText(doc, expected) {
  return expected.map((e) => `${e.rule}@${rangeText(rangeOf(doc, e.context, e.target))}`).join(', ');
}

/** Opens a workspace file in its own (non-preview) tab; pull diagnostics only cover files in tabs. */
async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  return { doc, editor };
}

/** Discards unsaved edits to a document (the workspace copy stays as checked in). */
async function revert(doc) {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

// ---------------------------------------------------------------------------------------------
// The workbench as a person sees it (code-server only, test/e2e/run.mjs): one headless Chromium
// and one second workbench window on the same code-server (on its own copy of the workspace),
// loaded while the first tests run (prefetchWorkbench) or by the first test that needs it, and
// shared by all the workbench tests; index.js closes it once the suite has run. Loading a
// workbench costs a new extension host, MCP Warden activated again and a new language server,
// so tests open their files in the loaded window (Quick Open) instead of loading another one.

const path = require('path');
const fs = require('fs');

const ROOT = path.join(__dirname, '..', '..', '..');
/** Where screenshots go (.test-output/e2e/, emptied by run.mjs at the start of a run). */
const OUT = path.join(ROOT, '.test-output', 'e2e');
const CHROMIUM = process.env.MCP_WARDEN_E2E_CHROMIUM || '/usr/bin/chromium';

/** @type {Promise<Workbench> | undefined} */
let workbench;
/** The describe blocks whose tests use the shared page: their failures get a screenshot. */
const workbenchSuites = new Set();

/**
 * @typedef {object} Workbench
 * @property {import('playwright-core').Browser} browser
 * @property {import('playwright-core').Page} page
 * @property {string} authority code-server's host:port
 * @property {string[]} consoleLines every console message of the page, in order
 */

/**
 * The folder the second window opens: run.mjs's own copy of test/e2e/workspace (a window on the
 * suite's folder would restore the suite's unsaved edits from the backups they share), else the
 * suite's workspace.
 */
function workbenchFolder() {
  return process.env.MCP_WARDEN_E2E_UI_FOLDER || workspaceRoot().path;
}

/** code-server's host:port when the suite runs under code-server with playwright-core and Chromium at hand, else undefined. */
function workbenchAuthority() {
  if (!process.env.MCP_WARDEN_E2E_EXTENSIONS_DIR) return undefined;
  const root = workspaceRoot();
  // Not in the stable API typings; the vscode-remote:// workspace URI carries the same.
  const authority = /** @type {{ remoteAuthority?: string }} */ (/** @type {unknown} */ (vscode.env)).remoteAuthority
    || (root.scheme === 'vscode-remote' ? root.authority : undefined);
  if (!authority || !/^[\w.-]+:\d+$/.test(authority) || !fs.existsSync(CHROMIUM)) return undefined;
  try {
    require.resolve('playwright-core', { paths: [ROOT] });
  } catch {
    return undefined;
  }
  return authority;
}

/** Prints a timing line to the workbench console (.test-output/e2e/workbench.log under run.mjs, not the report). */
function trace(what, since) {
  console.log(`[workbench] ${what} (${Date.now() - since} ms)`);
}

/** Set while `workbench` is a launch started ahead of time (prefetchWorkbench) that no test has awaited yet. */
let prefetched = false;

/** Starts loading the shared page; it is `workbench` until it fails, then there is none. */
function startWorkbench(/** @type {string} */ authority) {
  const p = launchWorkbench(authority);
  workbench = p;
  p.catch(() => {
    if (workbench === p) workbench = undefined;
  });
  return p;
}

/**
 * A root before-all hook (index.js): starts loading the shared page while the first tests,
 * which only use the extension host's API, run; nothing waits for it here. Not under
 * MCP_WARDEN_E2E_GREP (a partial run may need no workbench).
 */
function prefetchWorkbench() {
  if (workbench || process.env.MCP_WARDEN_E2E_GREP) return;
  const authority = workbenchAuthority();
  if (!authority) return;
  startWorkbench(authority);
  prefetched = true;
}

/**
 * The shared workbench page, loaded on first use and reset (resetWorkbench) unless told not to;
 * skips the calling test or hook (`this` of a mocha function) where there is no workbench web
 * page (desktop VS Code, test:e2e:electron).
 * @param {Mocha.Context} ctx
 * @param {{ reset?: boolean }} [options]
 * @returns {Promise<Workbench>}
 */
async function workbenchOrSkip(ctx, { reset = true } = {}) {
  const authority = workbenchAuthority();
  if (!authority) ctx.skip();
  if (ctx.test && ctx.test.parent) workbenchSuites.add(ctx.test.parent);
  /** @type {Workbench | undefined} */
  let wb;
  if (workbench && prefetched) {
    // Loaded while other tests ran: if that failed, this test tries once more on its own.
    prefetched = false;
    wb = await workbench.catch((e) => {
      console.log(`[workbench] the window loaded ahead of time failed (${e.message.split('\n')[0]}); loading it again`);
      return undefined;
    });
  }
  // A failed launch fails this test; the next one tries again.
  if (!wb) wb = await (workbench || startWorkbench(authority));
  if (reset) await resetWorkbench(wb.page);
  return wb;
}

/**
 * A root after-each hook (index.js): when a test that uses the shared page fails, the page goes
 * to .test-output/e2e/failed-<test title>.png.
 * @param {Mocha.Runnable | undefined} test
 */
async function screenshotFailedTest(test) {
  if (!test || test.state !== 'failed' || !workbench || !workbenchSuites.has(test.parent)) return;
  const wb = await workbench.catch(() => undefined);
  const slug = test.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  await screenshotOnFailure(wb, `failed-${slug}`);
}

/** @param {string} authority @returns {Promise<Workbench>} */
async function launchWorkbench(authority) {
  const t = Date.now();
  const { chromium } = require(require.resolve('playwright-core', { paths: [ROOT] }));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    /** @type {string[]} */
    const consoleLines = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await page.goto(`http://${authority}/?folder=${encodeURIComponent(workbenchFolder())}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForWorkbench(page);
    trace('second workbench window loaded', t);
    return { browser, page, authority, consoleLines };
  } catch (e) {
    fs.mkdirSync(OUT, { recursive: true });
    await browser.contexts()[0]?.pages()[0]?.screenshot({ path: path.join(OUT, 'workbench-failure.png') }).catch(() => {});
    await browser.close().catch(() => {});
    throw new Error(`the second workbench window did not load: ${e.message.split('\n')[0]} (screenshot: .test-output/e2e/workbench-failure.png)`);
  }
}

/**
 * Waits for a (re)loaded workbench to be laid out, with its editor area and status bar. (Not for
 * MCP Warden: the workspace's claude_desktop_config.json activates it at startup only when the
 * workspaceContains search ends in time, which it does not always do under load; the tests wait
 * for what they need of it: a squiggle, a lens, the sandbox command.)
 * @param {import('playwright-core').Page} page
 */
async function waitForWorkbench(page) {
  await page.locator('.monaco-workbench .part.editor').first().waitFor({ timeout: 60_000 });
  await page.locator('.monaco-workbench .part.statusbar .statusbar-item').first().waitFor({ timeout: 60_000 });
}

/** Closes the shared browser, if a test opened it (a root after-all hook in index.js). */
async function closeWorkbench() {
  const pending = workbench;
  workbench = undefined;
  if (!pending) return;
  const wb = await pending.catch(() => undefined);
  if (wb) await wb.browser.close().catch(() => {});
}

const quickInput = (/** @type {import('playwright-core').Page} */ page) => page.locator('.quick-input-widget');

/**
 * Runs a command from the command palette (F1) by its title, e.g. "View: Close All Editors".
 * @param {import('playwright-core').Page} page
 * @param {string} title
 */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = quickInput(page).locator('input');
  await input.waitFor({ timeout: 20_000 });
  await input.fill(`>${title}`);
  await quickInput(page).locator('.monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await input.press('Enter');
}

/**
 * Opens a workspace file in the workbench with Quick Open (Ctrl+P), by its workspace-relative
 * path, and waits for its tab to be the active one.
 * @param {import('playwright-core').Page} page
 * @param {string} rel
 */
async function openInWorkbench(page, rel) {
  const t = Date.now();
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dir = rel.slice(0, Math.max(rel.lastIndexOf('/'), 0));
  await page.keyboard.press('Control+P');
  const input = quickInput(page).locator('input');
  await input.waitFor({ timeout: 20_000 });
  await input.fill(rel);
  // The row of that file: its label is the name, its description the folder.
  const exactly = (/** @type {string} */ text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  let row = quickInput(page).locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exactly(name) }) });
  if (dir) row = row.filter({ has: page.locator('.label-description', { hasText: exactly(dir) }) });
  row = row.first();
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 20_000 });
  trace(`opened ${rel}`, t);
}

/**
 * Brings the shared window back to a known state before a test: no quick input, hover or menu
 * left open by an earlier (maybe failed) test, and no editor or webview panel open.
 * @param {import('playwright-core').Page} page
 */
async function resetWorkbench(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  if (await page.locator('.tabs-container .tab').count() > 0) {
    await runCommand(page, 'View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 20_000 });
  }
  const panel = page.locator('.part.panel').first();
  if (await panel.isVisible()) {
    await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
    await panel.waitFor({ state: 'hidden', timeout: 20_000 });
  }
}

/**
 * Saves a screenshot of the shared page to .test-output/e2e/<name>.png (for failures: never throws).
 * @param {Workbench | undefined} wb
 * @param {string} name
 */
async function screenshotOnFailure(wb, name) {
  if (!wb) return;
  fs.mkdirSync(OUT, { recursive: true });
  await wb.page.screenshot({ path: path.join(OUT, `${name}.png`) }).catch(() => {});
}

module.exports = {
  EXTENSION_ID, SOURCE, EXPECTED, SAFE_FILES, OUT, ROOT,
  workspaceRoot, fileUri, warden, ruleId, rangeText, show, waitFor, waitForDiagnostics, rangeOf, matchesExpected, expectedText, open, revert,
  workbenchAuthority, prefetchWorkbench, workbenchOrSkip, waitForWorkbench, closeWorkbench, screenshotFailedTest, runCommand, openInWorkbench, resetWorkbench, screenshotOnFailure, trace,
};
