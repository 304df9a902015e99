// The packaged extension activates and reports what it should, where it should.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

describe('diagnostics', () => {
  before(async () => {
    // Open every file in its own tab before waiting: the safe file first, so that by the time the
    // vulnerable files' findings are in, the server has also answered for it.
    for (const rel of [...h.SAFE_FILES, ...Object.keys(h.EXPECTED)]) await h.open(rel);
  });

  it('is installed and active, with its commands', async () => {
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.ok(ext, `${h.EXTENSION_ID} is not installed`);
    await h.waitFor(() => ext.isActive, { what: 'the extension to activate', timeoutMs: 30_000 });
    const installedIn = process.env.MCP_WARDEN_E2E_EXTENSIONS_DIR;
    if (installedIn) {
      // code-server run: the extension must come from the .vsix, and hold only what ships.
      assert.ok(ext.extensionPath.startsWith(installedIn + path.sep), `loaded from ${ext.extensionPath}, not from the .vsix installed in ${installedIn}`);
      const shipped = new Set(['dist', 'docs', 'media', 'snippets', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE.txt', 'LICENSE', 'readme.md', 'changelog.md', '.vsixmanifest']);
      const extra = fs.readdirSync(ext.extensionPath).filter((f) => !shipped.has(f));
      assert.deepStrictEqual(extra, [], 'the installed extension holds files that should not ship');
      assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'dist', 'engine.js')), 'dist/engine.js (tests only) was packaged');
    }
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['mcpWarden.restartServer', 'mcpWarden.showOutput']) assert.ok(commands.includes(c), `command ${c} is not registered`);
  });

  for (const [rel, expected] of Object.entries(h.EXPECTED)) {
    it(`reports ${expected.map((e) => e.rule).join(', ')} with exact ranges in ${rel}`, async () => {
      const uri = h.fileUri(rel);
      const doc = await vscode.workspace.openTextDocument(uri);
      const list = await h.waitForDiagnostics(uri, (l) => h.matchesExpected(doc, l, expected), h.expectedText(doc, expected), 45_000);
      for (const d of list) {
        assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, `${h.ruleId(d)} should be an error by default`);
        assert.ok(d.message.length > 20, `${h.ruleId(d)} has no real message`);
        const target = typeof d.code === 'object' ? d.code.target : undefined;
        assert.ok(target && target.toString().endsWith(`docs/rules/${h.ruleId(d)}.md`), `${h.ruleId(d)} links to ${target}`);
        assert.ok(d.relatedInformation && d.relatedInformation.length > 0, `${h.ruleId(d)} carries no flow`);
      }
    });
  }

  for (const rel of h.SAFE_FILES) {
    it(`reports nothing in ${rel}`, async () => {
      const uri = h.fileUri(rel);
      // The vulnerable files' findings arrived after this file was opened and pulled (see before()).
      for (const v of Object.keys(h.EXPECTED)) await h.waitForDiagnostics(h.fileUri(v), (l) => l.length > 0, 'findings', 45_000);
      assert.deepStrictEqual(h.warden(uri).map((d) => `${h.ruleId(d)}@${h.rangeText(d.range)}`), []);
    });
  }
});
