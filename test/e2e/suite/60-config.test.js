// MCP client configuration files: a claude_desktop_config.json (language `json`) gets MCP
// Warden's config-* diagnostics at the exact JSON string, they follow edits, and broken JSON is
// reported as a warning at the error instead of failing. The file lives in a subfolder: a real
// `.vscode/mcp.json` at the workspace root would also be read by VS Code's own MCP support.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const FILE = 'config/claude_desktop_config.json';
const EXPECTED = [
  { rule: 'config-unpinned-package', context: '"@modelcontextprotocol/server-github"' },
  { rule: 'config-secret-literal', context: '"ghp_R8x2mQ7vLk3Zt9Wb4Nc1Ye6Ud5Hs0Jf2Ga7P"' },
  { rule: 'config-insecure-url', context: '"http://docs.example.com/mcp"' },
  { rule: 'config-shell-launcher', context: '"command": "bash"', target: '"bash"' },
];
const SEVERITY = {
  'config-secret-literal': vscode.DiagnosticSeverity.Error,
  'config-unpinned-package': vscode.DiagnosticSeverity.Warning,
  'config-insecure-url': vscode.DiagnosticSeverity.Warning,
  'config-shell-launcher': vscode.DiagnosticSeverity.Warning,
};
const expected = EXPECTED.map((e) => ({ ...e, target: e.target ?? e.context }));

describe('MCP configuration files', () => {
  let doc;
  before(async () => {
    ({ doc } = await h.open(FILE));
  });
  after(async () => {
    if (doc) await h.revert(doc);
  });

  it('reports the four config rules with exact ranges in claude_desktop_config.json', async () => {
    assert.strictEqual(doc.languageId, 'json');
    const list = await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected), h.expectedText(doc, expected), 45_000);
    for (const d of list) {
      const id = h.ruleId(d);
      assert.strictEqual(d.severity, SEVERITY[id], `${id} severity`);
      assert.ok(d.message.length > 40, `${id} has no real message`);
      const target = typeof d.code === 'object' ? d.code.target : undefined;
      assert.ok(target && target.toString().endsWith(`docs/rules/${id}.md`), `${id} links to ${target}`);
    }
    // The secret itself never appears in a message.
    assert.ok(list.every((d) => !d.message.includes('ghp_R8x2')), 'a message repeats the token');
  });

  it('follows edits: pinning the package removes its finding, broken JSON is a warning at the error', async () => {
    const edit = new vscode.WorkspaceEdit();
    const pkg = h.rangeOf(doc, '"@modelcontextprotocol/server-github"', 'server-github');
    edit.insert(doc.uri, pkg.end, '@2025.4.8');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const rest = expected.filter((e) => e.rule !== 'config-unpinned-package');
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, rest), h.expectedText(doc, rest), 20_000);

    // Drop the comma after the docs server's "type": the next line is where the error is.
    const broken = new vscode.WorkspaceEdit();
    const comma = h.rangeOf(doc, '"type": "http",', ',');
    broken.delete(doc.uri, comma);
    assert.ok(await vscode.workspace.applyEdit(broken));
    const urlLine = h.rangeOf(doc, '"url": "http://docs.example.com/mcp"').start.line;
    const list = await h.waitForDiagnostics(doc.uri, (l) => l.some((d) => d.code === undefined && d.range.start.line === urlLine), 'a JSON syntax warning', 20_000);
    const syntax = list.find((d) => d.code === undefined);
    assert.strictEqual(syntax.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(syntax.message, /not valid JSON/);
    // What still parses is still checked.
    assert.ok(list.some((d) => h.ruleId(d) === 'config-secret-literal'), h.show(list));
  });
});
