// The sandbox panel in real VS Code. In the extension host: the command exists, opens one panel
// (a second call reveals the same one), and the packaged extension ships the webview assets.
// Through the workbench UI (code-server only: the second workbench window on the same code-server
// that the workbench tests share, driven with playwright-core; see helpers.js): open the panel
// from the command palette, choose Streamable HTTP, enter the example secure server's URL, set
// the bearer token through the password prompt, connect, fill the generated form, call the tool,
// see the result (screenshot in .test-output/e2e/sandbox-panel.png), follow the tool's link to
// its definition in the workspace (test/e2e/workspace/sandbox/add-tool.ts), reload the window
// and find the panel restored, and use the CodeLens "▶ Try in sandbox" above that definition to
// select the tool in the panel.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const vscode = require('vscode');
const h = require('./helpers');

const ROOT = h.ROOT;
const OUT = h.OUT;
const VIEW_TYPE = 'mcpWarden.sandbox';

function sandboxTabs() {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE));
}

/** Starts the example secure server (dist/secure-server.js) on a free port; resolves with its URL. */
function startSecureServer(token) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'secure-server.js')], {
      env: { PATH: process.env.PATH, MCP_SECURE_TOKEN: token, PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`secure server did not start: ${seen}`)), 20_000);
    child.stderr.on('data', (b) => {
      seen += b.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
      }
    });
    child.once('exit', (code) => reject(new Error(`secure server exited (${code}): ${seen}`)));
  });
}

describe('sandbox panel', function () {
  this.timeout(150_000);

  it('registers mcpWarden.openSandbox and opens a single panel', async () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.ok(ext, 'the extension is not installed');
    await ext.activate();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('mcpWarden.openSandbox'), 'mcpWarden.openSandbox is not registered');
    // As the CodeLens calls it: with the file and the tool.
    await vscode.commands.executeCommand('mcpWarden.openSandbox', { uri: h.fileUri('src/vulnerable.ts').toString(), tool: 'add' });
    await h.waitFor(() => sandboxTabs().length === 1, { what: 'the sandbox panel tab', describe: () => `${sandboxTabs().length} tabs` });
    await vscode.commands.executeCommand('mcpWarden.openSandbox');
    await vscode.commands.executeCommand('mcpWarden.openSandbox', { tool: 'format_text' });
    assert.strictEqual(sandboxTabs().length, 1, 'a second panel was opened');
    if (process.env.MCP_WARDEN_E2E_EXTENSIONS_DIR) {
      const media = path.join(ext.extensionPath, 'dist', 'media');
      assert.deepStrictEqual(fs.readdirSync(media).sort(), ['codicon.css', 'codicon.ttf', 'sandbox.css', 'sandbox.js']);
      for (const f of ['sandbox-core.js', 'secure-server.js']) assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'dist', f)), `dist/${f} (tests only) was packaged`);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('in the workbench: sets a bearer token, connects, fills the form, calls a tool and shows the result', async function () {
    const wb = await h.workbenchOrSkip(this); // skipped without code-server's workbench page (test:e2e:electron)
    const { page, consoleLines } = wb;
    const seenBefore = consoleLines.length; // the shared page's console: only this test's lines count
    const ownLines = () => consoleLines.slice(seenBefore);
    const token = `e2e_${require('crypto').randomUUID().replace(/-/g, '')}`;
    const server = await startSecureServer(token);
    /** The panel's connection state, error and notices, for a failure message ('' when it is not shown). */
    const panelText = async () => {
      const f = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      const parts = [];
      for (const sel of ['#state', '#connect-error', '#notice']) {
        const t = await f.locator(sel).first().textContent({ timeout: 1000 }).catch(() => null);
        if (t && t.trim()) parts.push(`${sel} ${t.trim().replace(/\s+/g, ' ').slice(0, 300)}`);
      }
      return parts.join(' | ');
    };
    const step = async (what, fn) => {
      const t = Date.now();
      try {
        const v = await fn();
        h.trace(`sandbox: ${what}`, t);
        return v;
      } catch (e) {
        fs.mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: path.join(OUT, 'sandbox-failure.png') }).catch(() => {});
        const csp = ownLines().filter((l) => /Content Security Policy|Refused to/.test(l));
        const panel = await panelText();
        throw new Error(`${what}: ${e.message.split('\n')[0]}${panel ? `\npanel: ${panel}` : ''}${csp.length ? `\nCSP: ${csp.slice(0, 3).join('\n')}` : ''}`);
      }
    };
    try {
      await step('run "MCP Warden: Open Sandbox" from the command palette', async () => {
        await h.runCommand(page, 'MCP Warden: Open Sandbox');
      });
      const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await step('choose Streamable HTTP and enter the URL', async () => {
        await frame.locator('#kind').waitFor({ timeout: 30_000 });
        await frame.locator('#kind').click();
        await frame.locator('#kind li', { hasText: 'Streamable HTTP' }).click();
        await frame.locator('#url input').fill(server.url);
      });
      await step('connecting without a token says "authentication required"', async () => {
        await frame.locator('#connect').click();
        await frame.locator('#connect-error', { hasText: /^Authentication required/ }).waitFor({ timeout: 30_000 });
      });
      await step('set the bearer token in the password prompt', async () => {
        await frame.locator('#set-auth').click();
        const input = page.locator('.quick-input-widget input[type="password"]');
        await input.waitFor({ timeout: 20_000 });
        await input.fill(token);
        await input.press('Enter'); // on the input itself: focus may still be in the webview
        await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/2)' }).waitFor({ timeout: 20_000 });
        await page.locator('.quick-input-widget input[type="password"]').press('Enter');
        await frame.locator('#auth-badge', { hasText: 'auth set' }).waitFor({ timeout: 20_000 });
      });
      await step('connect with the token and list the tools', async () => {
        await frame.locator('#connect').click();
        await frame.locator('#state[data-state="connected"]').waitFor({ timeout: 30_000 });
        await frame.locator('.tool[data-tool="add"]').waitFor({ timeout: 20_000 });
      });
      await step('fill the generated form (a bound error first) and call the tool', async () => {
        await frame.locator('.tool[data-tool="add"]').click();
        const a = frame.locator('.field[data-path="/a"] vscode-textfield input');
        const b = frame.locator('.field[data-path="/b"] vscode-textfield input');
        await a.fill('40');
        await b.fill('5000000');
        await frame.locator('.field-error[data-path="/b"]', { hasText: '<= 1000000' }).waitFor({ timeout: 20_000 });
        await b.fill('2');
        await frame.locator('.field-error[data-path="/b"]:empty').waitFor({ state: 'attached', timeout: 20_000 });
        await frame.locator('#call').click();
      });
      await step('see the result', async () => {
        await frame.locator('#result pre', { hasText: '40 + 2 = 42' }).waitFor({ timeout: 30_000 });
        await frame.locator('#structured-validity', { hasText: 'matches outputSchema' }).waitFor({ timeout: 10_000 });
        fs.mkdirSync(OUT, { recursive: true });
        await page.screenshot({ path: path.join(OUT, 'sandbox-panel.png') });
        const html = await frame.locator('html').evaluate((el) => el.outerHTML);
        assert.ok(!html.includes(token), 'the token reached the webview DOM');
      });
      await step('the tool links back to its definition in the workspace', async () => {
        const link = frame.locator('#definition-link');
        await link.waitFor({ timeout: 10_000 });
        assert.strictEqual(await link.textContent(), 'sandbox/add-tool.ts:7');
        await link.click();
        await page.locator('.tabs-container .tab', { hasText: 'add-tool.ts' }).waitFor({ timeout: 20_000 });
      });
      await step('reload the window ("Developer: Reload Window")', async () => {
        // The command (not a bare page reload): it saves the workbench state first.
        await Promise.all([
          page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 60_000 }),
          h.runCommand(page, 'Developer: Reload Window'),
        ]);
        await h.waitForWorkbench(page);
      });
      await step('after the reload the panel comes back (serializer) with its server and tool, and no token', async () => {
        // A webview is revived when it is shown: bring its tab to the front.
        await page.locator('.tabs-container .tab', { hasText: 'MCP Sandbox' }).click({ timeout: 30_000 });
        const revived = page.frameLocator('iframe.webview').frameLocator('#active-frame');
        await revived.locator('#pending', { hasText: 'Selected: add' }).waitFor({ timeout: 60_000 });
        assert.strictEqual(await revived.locator('#url input').inputValue(), server.url);
        await revived.locator('#auth-badge', { hasText: 'auth set' }).waitFor({ timeout: 20_000 });
        await page.screenshot({ path: path.join(OUT, 'sandbox-panel-revived.png') });
        const html = await revived.locator('html').evaluate((el) => el.outerHTML);
        assert.ok(!html.includes(token), 'the token reached the revived webview');
      });
      const panelFrame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
      await step('the revived panel connects with the stored token', async () => {
        await panelFrame.locator('#connect').click();
        await panelFrame.locator('#state[data-state="connected"]').waitFor({ timeout: 30_000 });
      });
      await step('another tool is selected in the panel', async () => {
        await panelFrame.locator('.tool[data-tool="format_text"]').click();
        await panelFrame.locator('#tool-title', { hasText: 'Change the case of a text' }).waitFor({ timeout: 20_000 });
      });
      const lens = page.locator('.editor-instance .codelens-decoration a', { hasText: 'Try in sandbox' }).first();
      await step('"▶ Try in sandbox" is shown above the tool in add-tool.ts', async () => {
        await lens.waitFor({ timeout: 30_000 });
      });
      await step('"▶ Try in sandbox" selects the tool in the connected panel', async () => {
        await lens.click();
        await panelFrame.locator('#tool-title', { hasText: 'Add two numbers' }).waitFor({ timeout: 20_000 });
        await panelFrame.locator('.tool[data-tool="add"][aria-selected="true"]').waitFor({ timeout: 10_000 });
      });
      await step('no CSP violations', async () => {
        const csp = ownLines().filter((l) => /Content Security Policy|Refused to/.test(l) && /sandbox|vscode-resource|vscode-cdn/.test(l));
        assert.deepStrictEqual(csp, [], 'CSP violations in the sandbox webview');
      });
    } finally {
      server.stop();
    }
  });
});
