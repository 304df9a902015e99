// Quick fixes in real VS Code: the code actions VS Code gets for an MCP Warden diagnostic (the
// fix, "Suppress … on this line", "Show documentation for …"), the preferred fix applied clears
// the diagnostic, "MCP Warden: Fix All Safe Issues in File" applies only the safe fixes, and
// `editor.codeActionsOnSave: { "source.fixAll.mcp-warden": "explicit" }` fixes on save. Under
// code-server the shared second workbench window (helpers.js) opens the quick-fix menu on the
// squiggle (Ctrl+.) and screenshots it to .test-output/e2e/quickfix.png.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const FIX_ALL = 'source.fixAll.mcp-warden';

/** @param {vscode.Uri} uri @param {vscode.Range} range @param {string} [kind] */
async function actionsAt(uri, range, kind) {
  /** @type {vscode.CodeAction[]} */
  const all = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind)) || [];
  return all;
}

const byRule = (rule) => (/** @type {vscode.Diagnostic[]} */ l) => l.filter((d) => h.ruleId(d) === rule);

describe('quick fixes', () => {
  it('offers the fix, suppression and documentation; the preferred fix clears the diagnostic', async () => {
    const { doc } = await h.open('quickfix/server.ts');
    const before = await h.waitForDiagnostics(doc.uri, (l) => byRule('tool-input-to-shell')(l).length === 2, 'two tool-input-to-shell findings');
    const target = h.rangeOf(doc, 'execSync(`ls -la "${dir}"`)', '`ls -la "${dir}"`');
    const diag = before.find((d) => d.range.isEqual(target));
    assert.ok(diag, `a diagnostic at ${h.rangeText(target)}; got ${h.show(before)}`);
    const actions = await actionsAt(doc.uri, diag.range);
    const titles = actions.map((a) => a.title);
    // Other extensions add refactorings (TypeScript marks "Extract to constant" preferred): quick fixes only.
    const preferred = actions.filter((a) => a.isPreferred && a.kind && a.kind.value === 'quickfix');
    const describe = actions.map((a) => `${a.title}${a.isPreferred ? ' [preferred]' : ''} (${a.kind ? a.kind.value : ''})`).join(' | ');
    assert.strictEqual(preferred.length, 1, `one preferred quick fix among ${describe}`);
    assert.strictEqual(preferred[0].title, 'Run `ls` with execFileSync and an argument array (no shell)');
    assert.ok(preferred[0].kind && preferred[0].kind.value === 'quickfix');
    assert.ok(titles.includes('Suppress tool-input-to-shell on this line'), titles.join(' | '));
    assert.ok(titles.includes('Show documentation for tool-input-to-shell'), titles.join(' | '));

    assert.ok(await vscode.workspace.applyEdit(/** @type {vscode.WorkspaceEdit} */ (preferred[0].edit)), 'the edit applied');
    assert.ok(doc.getText().includes('import { execSync, execFileSync } from "node:child_process";'), doc.getText().slice(0, 400));
    assert.ok(doc.getText().includes('execFileSync("ls", ["-la", dir])'));
    const after = await h.waitForDiagnostics(doc.uri, (l) => byRule('tool-input-to-shell')(l).length === 1, 'the fixed finding gone, the other shell finding left');
    assert.strictEqual(byRule('tool-input-to-path')(after).length, 1, 'the path finding is untouched');
    await h.revert(doc);
  });

  it('suppresses a finding with a comment at the line\'s indentation (Python: #)', async () => {
    const { doc } = await h.open('quickfix/server.py');
    const [d] = byRule('unsafe-deserialization')(await h.waitForDiagnostics(doc.uri, (l) => byRule('unsafe-deserialization')(l).length === 1, 'the yaml.load finding'));
    const sup = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Suppress unsafe-deserialization on this line');
    assert.ok(sup && sup.edit, 'the suppress action');
    await vscode.workspace.applyEdit(sup.edit);
    assert.ok(doc.getText().includes('\n    # mcp-warden-ignore-next-line unsafe-deserialization -- <reason>\n    return str(yaml.load('), doc.getText());
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no diagnostics once suppressed');
    await h.revert(doc);
    // And the safe fix for the same finding.
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 1, 'the finding back after revert');
    const [again] = h.warden(doc.uri);
    const fix = (await actionsAt(doc.uri, again.range)).find((a) => a.isPreferred);
    assert.ok(fix && fix.edit, 'a preferred fix');
    await vscode.workspace.applyEdit(fix.edit);
    assert.ok(doc.getText().includes('yaml.load(text, Loader=yaml.SafeLoader)'));
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no diagnostics after the SafeLoader fix');
    await h.revert(doc);
  });

  it('"Show documentation" opens the rule\'s page', async () => {
    const { doc } = await h.open('quickfix/server.py');
    const [d] = await h.waitForDiagnostics(doc.uri, (l) => l.length === 1, 'the yaml.load finding');
    const docsAction = (await actionsAt(doc.uri, d.range)).find((a) => a.title === 'Show documentation for unsafe-deserialization');
    assert.ok(docsAction && docsAction.command, 'the documentation action carries a command');
    assert.strictEqual(docsAction.command.command, 'mcpWarden.showRuleDocumentation');
    await vscode.commands.executeCommand(docsAction.command.command, ...(docsAction.command.arguments || []));
    await h.waitFor(() => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /unsafe-deserialization/.test(t.label))), {
      what: 'a tab showing unsafe-deserialization.md',
      describe: () => vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)).join(', '),
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('"MCP Warden: Fix All Safe Issues in File" applies only the preferred fixes', async () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    const cmds = ext.packageJSON.contributes.commands.map((c) => c.command);
    assert.ok(cmds.includes('mcpWarden.fixAllSafe'), 'the command is contributed');
    const kinds = (ext.packageJSON.contributes.codeActions || []).map((c) => c.actions.kind);
    assert.ok(kinds.includes(FIX_ALL), 'the fix-all kind is contributed');

    const { doc } = await h.open('quickfix/server.ts');
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 3, 'three findings');
    await vscode.commands.executeCommand('mcpWarden.fixAllSafe');
    await h.waitFor(() => doc.getText().includes('execFileSync("ls", ["-la", dir])'), { what: 'the quoted shell command fixed', describe: () => doc.getText() });
    assert.ok(doc.getText().includes('import { execSync, execFileSync } from "node:child_process";'));
    assert.ok(doc.getText().includes('execSync(`du -sh ${dir}`)'), 'the unquoted command\'s fix is not preferred, so not applied');
    assert.ok(doc.getText().includes('fs.readFileSync(file, "utf8")'), 'the path fix is not preferred, so not applied');
    const left = await h.waitForDiagnostics(doc.uri, (l) => l.length === 2, 'two findings left');
    assert.deepStrictEqual(left.map(h.ruleId).sort(), ['tool-input-to-path', 'tool-input-to-shell']);
    await h.revert(doc);
  });

  it('editor.codeActionsOnSave with source.fixAll.mcp-warden fixes on save', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'typescript' });
    await config.update('codeActionsOnSave', { [FIX_ALL]: 'explicit' }, vscode.ConfigurationTarget.Workspace);
    try {
      const { doc, editor } = await h.open('quickfix/onsave.ts');
      await h.waitForDiagnostics(doc.uri, (l) => l.length === 3, 'three findings');
      await editor.edit((b) => b.insert(new vscode.Position(doc.lineCount, 0), '\n'));
      assert.ok(await doc.save(), 'saved');
      await h.waitFor(() => doc.getText().includes('execFileSync("ls", ["-la", dir])'), {
        what: 'the safe fixes applied on save',
        describe: () => doc.getText().slice(0, 600),
      });
      const onDisk = fs.readFileSync(doc.uri.fsPath, 'utf8');
      assert.ok(onDisk.includes('execFileSync("ls", ["-la", dir])'), 'the fixed text was saved');
      assert.ok(onDisk.includes('execSync(`du -sh ${dir}`)'), 'the not-preferred fix was not applied');
      await h.waitForDiagnostics(doc.uri, (l) => l.length === 2, 'the two findings without a safe fix left');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('the light bulb menu shows the fix in the workbench (screenshot)', async function () {
    this.timeout(150_000);
    // Only under code-server (npm run test:e2e), where the workbench is a web page.
    const { page } = await h.workbenchOrSkip(this);
    await h.openInWorkbench(page, 'quickfix/server.py');
    const editor = page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
    const squiggle = editor.locator('.squiggly-error').first();
    await squiggle.waitFor({ timeout: 90_000 });
    const menu = page.locator('.action-widget', { hasText: 'SafeLoader' }).first();
    // Keyboard only (the mouse over the squiggle opens a hover that takes the clicks): focus the
    // editor, F8 moves the cursor to the problem, Escape closes its peek, Ctrl+. opens the
    // quick-fix menu there. Retried until the workbench handles the keys.
    // Clicked on the editor's frame (always in view), not on its lines: F8's peek can leave the
    // lines scrolled so that their corner is off screen, and a retry's click then hit the page.
    const deadline = Date.now() + 60_000;
    for (;;) {
      await editor.click({ position: { x: 80, y: 12 } });
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('F8');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      try {
        await menu.waitFor({ timeout: 6_000 });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      }
    }
    const text = await menu.innerText();
    assert.ok(text.includes('Use yaml.SafeLoader (no arbitrary Python objects)'), text);
    assert.ok(text.includes('Suppress unsafe-deserialization on this line'), text);
    fs.mkdirSync(h.OUT, { recursive: true });
    await page.screenshot({ path: path.join(h.OUT, 'quickfix.png') });
    assert.ok(fs.statSync(path.join(h.OUT, 'quickfix.png')).size > 10_000, 'a real screenshot');
    await page.keyboard.press('Escape');
  });
});
