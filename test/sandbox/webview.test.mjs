// The real webview bundle (dist/media/sandbox.js, with vscode-elements) in headless Chromium,
// under the panel's exact CSP, wired to the real panel controller and a real server: connect,
// list, fill the generated form, see a validation error next to its field, call, see the result.
// VS Code itself is replaced by a 20-line shim for acquireVsCodeApi (the E2E covers the real one).
// Skipped when Chromium is not installed (test/e2e/install.sh installs it).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { core, everythingStdio, fakePanel, ROOT, startSecure, until } from './helpers.mjs';

const CHROMIUM = process.env.MCP_WARDEN_E2E_CHROMIUM || '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const OUT = join(ROOT, '.test-output', 'sandbox');

const SHIM = `
window.acquireVsCodeApi = (() => {
  let state = window.__initialState;
  let acquired = false;
  return () => {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m) => window.__toHost(JSON.parse(JSON.stringify(m))),
      getState: () => state,
      setState: (s) => { state = s; window.__savedState = JSON.parse(JSON.stringify(s)); },
    };
  };
})();`;

describe('sandbox webview in Chromium', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, () => {
  let http;
  let browser;
  let page;
  let p;
  let secure;
  const TOKEN = 'tok_webview_' + '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
  const violations = [];
  const pageErrors = [];

  before(async () => {
    const nonce = core.newNonce();
    http = createServer((req, res) => {
      const origin = `http://127.0.0.1:${http.address().port}`;
      const url = new URL(req.url, origin);
      if (url.pathname === '/') {
        const html = core.sandboxHtml({ cspSource: origin, nonce, media: (f) => `${origin}/media/${f}` })
          .replace('<body>', `<body>\n<script nonce="${nonce}" src="${origin}/shim.js"></script>`);
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(html);
      }
      if (url.pathname === '/shim.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' });
        return res.end(SHIM);
      }
      const f = url.pathname.startsWith('/media/') ? join(ROOT, 'dist', 'media', url.pathname.slice(7).replace(/[^\w.-]/g, '')) : '';
      if (f && existsSync(f)) {
        const type = f.endsWith('.js') ? 'text/javascript' : f.endsWith('.css') ? 'text/css' : 'font/ttf';
        res.writeHead(200, { 'content-type': type });
        return res.end(readFileSync(f));
      }
      res.writeHead(404).end();
    });
    await new Promise((r) => http.listen(0, '127.0.0.1', r));
    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    secure = await startSecure(TOKEN);
    p = fakePanel({ auth: { bearerToken: TOKEN, headerLines: '' } });
    p.deps.post = (m) => void page.evaluate((msg) => window.postMessage(msg, '*'), JSON.parse(JSON.stringify(m))).catch(() => {});
    await page.exposeFunction('__toHost', (m) => p.controller.handle(m));
    await page.goto(`http://127.0.0.1:${http.address().port}/`);
  });

  after(async () => {
    await p?.controller.dispose();
    await browser?.close();
    http?.close();
    await secure?.stop();
  });

  it('connects over stdio from the connect form and lists the tools', async () => {
    await page.locator('#kind').waitFor();
    const cfg = everythingStdio();
    await page.locator('#command input').fill(cfg.command);
    await page.locator('#args input').fill(cfg.args.join(' '));
    await page.locator('#connect').click();
    await page.locator('#state[data-state="connected"]').waitFor({ timeout: 20_000 });
    await page.locator('.tool[data-tool="get-sum"]').waitFor();
    assert.ok(await page.locator('.tool').count() >= 10);
  });

  it('generates the form, shows a validation error next to the field, calls the tool and shows the result', async () => {
    await page.locator('.tool[data-tool="get-sum"]').click();
    await page.locator('#tool-title').waitFor();
    const a = page.locator('.field[data-path="/a"] vscode-textfield input');
    const b = page.locator('.field[data-path="/b"] vscode-textfield input');
    await a.fill('2');
    await b.fill('');
    // b is required: the error appears next to b, from the host's ajv validation.
    await page.locator('.field-error[data-path="/b"]', { hasText: 'is required' }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('.field-error[data-path="/a"]').textContent(), '');
    await b.fill('40');
    await page.locator('.field-error[data-path="/b"]:empty').waitFor({ state: 'attached', timeout: 10_000 });
    await page.locator('#call').click();
    await page.locator('#result pre', { hasText: 'The sum of 2 and 40 is 42.' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#result-status').getAttribute('data-status'), 'ok');
    assert.match(await page.locator('#duration').textContent(), /in \d+ ms/);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'webview-result.png') });
  });

  it('renders an image result through a data: URI under the CSP', async () => {
    await page.locator('.tool[data-tool="get-tiny-image"]').click();
    await page.locator('#tool-title', { hasText: /tiny/i }).waitFor();
    await page.locator('#call').click();
    const img = page.locator('#result img');
    await img.waitFor({ timeout: 20_000 });
    assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), 'the image did not load');
  });

  it('shows progress and cancels a running call from the Cancel button', async () => {
    await page.locator('.tool[data-tool="trigger-long-running-operation"]').click();
    await page.locator('#tool-title', { hasText: /long running/i }).waitFor();
    await page.locator('.field[data-path="/duration"] vscode-textfield input').fill('10');
    await page.locator('.field[data-path="/steps"] vscode-textfield input').fill('20');
    await page.locator('#call').click();
    await page.locator('#progress-text', { hasText: /^\d+ \/ 20/ }).waitFor({ timeout: 20_000 });
    await page.locator('#cancel').click();
    await page.locator('#result-status[data-status="failed"]', { hasText: 'cancelled' }).waitFor({ timeout: 10_000 });
  });

  it('lists the JSON-RPC log and the history, and replays a call', async () => {
    await page.locator('vscode-tab-header[data-tab="log"]').click();
    await page.locator('#log .log-row.dir-out', { hasText: 'tools/call' }).first().waitFor();
    assert.ok(await page.locator('#log .log-row.dir-out', { hasText: 'notifications/cancelled' }).count() >= 1);
    await page.locator('vscode-tab-header[data-tab="history"]').click();
    const row = page.locator('.history-row', { hasText: 'get-sum' }).first();
    await row.waitFor();
    const before = await page.locator('.history-row').count();
    await row.locator('vscode-button', { hasText: 'Replay' }).click();
    await until(async () => (await page.locator('.history-row').count()) === before + 1, 'a new history entry');
    await page.locator('vscode-tab-header[data-tab="tools"]').click();
    await page.locator('#result pre', { hasText: 'The sum of 2 and 40 is 42.' }).waitFor({ timeout: 20_000 });
  });

  it('raw JSON mode sends what is typed', async () => {
    await page.locator('.tool[data-tool="echo"]').click();
    await page.locator('#tool-title', { hasText: /echo/i }).waitFor();
    await page.locator('#raw-toggle').click();
    await page.locator('#raw-json textarea').fill('{"message": "<img src=x onerror=alert(1)>"}');
    await page.locator('#call').click();
    await page.locator('#result pre', { hasText: 'Echo: <img src=x onerror=alert(1)>' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#result img').count(), 0, 'server text was parsed as HTML');
  });

  it('connects over Streamable HTTP: "authentication required", then Set auth and reconnect', async () => {
    await page.locator('#kind').click();
    await page.locator('#kind li', { hasText: 'Streamable HTTP' }).click();
    await page.locator('#url input').fill(secure.url);
    await page.locator('#connect').click();
    await page.locator('#connect-error', { hasText: /^Authentication required/ }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#state').getAttribute('data-state'), 'failed');
    await page.locator('#set-auth').click();
    await page.locator('#auth-badge', { hasText: 'auth set' }).waitFor({ timeout: 10_000 });
    await page.locator('#reconnect').click();
    await page.locator('#state[data-state="connected"]').waitFor({ timeout: 20_000 });
    await page.locator('.tool[data-tool="add"]').click();
    await page.locator('.field[data-path="/a"] vscode-textfield input').fill('40');
    await page.locator('.field[data-path="/b"] vscode-textfield input').fill('2000000');
    await page.locator('.field-error[data-path="/b"]', { hasText: '<= 1000000' }).waitFor({ timeout: 10_000 });
    await page.locator('.field[data-path="/b"] vscode-textfield input').fill('2');
    await page.locator('.field-error[data-path="/b"]:empty').waitFor({ state: 'attached', timeout: 10_000 });
    await page.locator('#call').click();
    await page.locator('#result pre', { hasText: '40 + 2 = 42' }).waitFor({ timeout: 20_000 });
    await page.locator('#structured-validity', { hasText: 'matches outputSchema' }).waitFor();
    const html = await page.content();
    assert.ok(!html.includes(TOKEN), 'the token reached the webview DOM');
    await page.screenshot({ path: join(OUT, 'webview-secure-server.png') });
  });

  it('keeps only non-secret state, and had no CSP violations or page errors', async () => {
    const state = await page.evaluate(() => window.__savedState);
    assert.equal(state.config.kind, 'http');
    assert.equal(state.selectedTool, 'add');
    assert.ok(!JSON.stringify(state).includes(TOKEN));
    assert.deepEqual(violations, []);
    assert.deepEqual(pageErrors, []);
  });
});
