// Secure snippets and the tool CodeLens, in real VS Code: a snippet inserted by name replaces a
// vulnerable file's text and its findings go away; the CodeLens over a vulnerable tool shows its
// finding count (and "Try in sandbox" exactly when the sandbox command exists); under code-server
// the shared second workbench window (helpers.js) shows the lens, screenshotted to
// .test-output/e2e/codelens.png.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const SNIPPET = 'MCP stdio server skeleton (no stdout logging)';

async function lensesOf(uri) {
  /** @type {vscode.CodeLens[]} */
  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) || [];
  return lenses.filter((l) => l.command && /finding|sandbox/.test(l.command.title));
}

/** Polls the CodeLens providers until check(lenses) is truthy. */
async function waitForLenses(uri, check, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last = [];
  for (;;) {
    last = await lensesOf(uri);
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last lenses: ${last.map((l) => `${l.range.start.line + 1}:${l.command.title}`).join(', ') || '(none)'}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('snippets and CodeLens', () => {
  it('a snippet inserted over a vulnerable file leaves zero diagnostics', async () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    const contributed = ext.packageJSON.contributes.snippets.map((s) => s.language);
    for (const lang of ['typescript', 'typescriptreact', 'javascript', 'python']) assert.ok(contributed.includes(lang), `snippets for ${lang}`);

    const { doc, editor } = await h.open('snippets/scratch.ts');
    await h.waitForDiagnostics(doc.uri, (l) => l.some((d) => h.ruleId(d) === 'tool-input-to-shell'), 'the finding before the snippet');
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    editor.selection = new vscode.Selection(all.start, doc.lineAt(doc.lineCount - 1).range.end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'typescript', name: SNIPPET });
    await h.waitFor(() => doc.getText().includes('new StdioServerTransport()'), { what: 'the snippet text in the editor', describe: () => doc.getText().slice(0, 200) });
    assert.ok(doc.getText().includes('registerTool('), 'the snippet registers a tool');
    assert.ok(!doc.getText().includes('execSync'), 'the old text was replaced');
    assert.ok(doc.getText().includes('"scratch"'), 'TM_FILENAME_BASE was filled in');
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'zero diagnostics after the snippet');
    await h.revert(doc);
  });

  it('shows "N findings" over a vulnerable tool, nothing over a safe one', async () => {
    const { doc } = await h.open('snippets/lens.ts');
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 1 && h.ruleId(l[0]) === 'tool-input-to-shell', 'one tool-input-to-shell');
    const sandbox = (await vscode.commands.getCommands(true)).includes('mcpWarden.openSandbox');
    const toolLine = h.rangeOf(doc, 'server.tool("disk_usage"').start.line;
    const safeLine = h.rangeOf(doc, 'server.registerTool("word_count"').start.line;
    const lenses = await waitForLenses(doc.uri, (ls) => ls.some((l) => /1 finding$/.test(l.command.title)), 'the findings lens');
    const at = (line) => lenses.filter((l) => l.range.start.line === line).map((l) => l.command.title).sort();
    assert.deepStrictEqual(at(toolLine), sandbox ? ['$(warning) 1 finding', '▶ Try in sandbox'] : ['$(warning) 1 finding']);
    assert.deepStrictEqual(at(safeLine), sandbox ? ['▶ Try in sandbox'] : []);
    const findings = lenses.find((l) => /finding/.test(l.command.title));
    assert.strictEqual(findings.command.command, 'mcpWarden.showToolFindings');

    // Clicking it puts the cursor on the finding.
    await vscode.commands.executeCommand(findings.command.command, ...findings.command.arguments);
    const editor = vscode.window.activeTextEditor;
    const shellLine = h.rangeOf(doc, 'execSync(`du -sh ${dir}`)').start.line;
    assert.strictEqual(editor && editor.document.uri.toString(), doc.uri.toString());
    assert.strictEqual(editor.selection.active.line, shellLine, 'the cursor is on the finding');
  });

  it('is visible in the workbench (screenshot)', async function () {
    this.timeout(120_000);
    // Only under code-server (npm run test:e2e), where the workbench is a web page.
    const { page } = await h.workbenchOrSkip(this);
    await h.openInWorkbench(page, 'snippets/lens.ts');
    const lenses = page.locator('.editor-group-container.active .editor-instance .monaco-editor .codelens-decoration');
    const lens = lenses.filter({ hasText: '1 finding' }).first();
    try {
      await lens.waitFor({ timeout: 90_000 });
    } catch (e) {
      // What the page showed instead, for whoever reads the failure.
      fs.mkdirSync(h.OUT, { recursive: true });
      await page.screenshot({ path: path.join(h.OUT, 'codelens-failure.png') }).catch(() => undefined);
      const texts = await lenses.allInnerTexts().catch(() => []);
      throw new Error(`${e.message}\nCodeLens texts on the page: ${JSON.stringify(texts)} (screenshot: .test-output/e2e/codelens-failure.png)`);
    }
    fs.mkdirSync(h.OUT, { recursive: true });
    await page.screenshot({ path: path.join(h.OUT, 'codelens.png') });
    assert.ok(fs.statSync(path.join(h.OUT, 'codelens.png')).size > 10_000, 'a real screenshot');
  });
});
