// `mcpWarden.rules` changes apply live, to open documents, without a restart.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

describe('settings', () => {
  const config = () => vscode.workspace.getConfiguration('mcpWarden');
  const vulnerable = () => h.fileUri('src/vulnerable.ts');
  const python = () => h.fileUri('py/server.py');
  const rules = (list) => list.map(h.ruleId).sort().join(',');

  before(async () => {
    await h.open('src/vulnerable.ts');
    await h.open('py/server.py');
    await h.waitForDiagnostics(vulnerable(), (l) => rules(l) === 'tool-input-to-path,tool-input-to-shell', 'both findings', 20_000);
  });
  after(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('turning a rule off removes its diagnostics and keeps the others', async () => {
    await config().update('rules', { 'tool-input-to-shell': 'off' }, vscode.ConfigurationTarget.Workspace);
    await h.waitForDiagnostics(vulnerable(), (l) => rules(l) === 'tool-input-to-path', 'only tool-input-to-path', 20_000);
    await h.waitForDiagnostics(python(), (l) => l.length === 0, 'no findings', 20_000);
  });

  it('a severity override changes the diagnostic severity', async () => {
    await config().update('rules', { 'tool-input-to-path': 'warning' }, vscode.ConfigurationTarget.Workspace);
    const list = await h.waitForDiagnostics(vulnerable(), (l) => rules(l) === 'tool-input-to-path,tool-input-to-shell'
      && l.find((d) => h.ruleId(d) === 'tool-input-to-path').severity === vscode.DiagnosticSeverity.Warning, 'tool-input-to-path as a warning', 20_000);
    assert.strictEqual(list.find((d) => h.ruleId(d) === 'tool-input-to-shell').severity, vscode.DiagnosticSeverity.Error);
    await h.waitForDiagnostics(python(), (l) => rules(l) === 'tool-input-to-shell', 'tool-input-to-shell back', 20_000);
  });

  it('removing the setting restores the defaults', async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await h.waitForDiagnostics(vulnerable(), (l) => rules(l) === 'tool-input-to-path,tool-input-to-shell'
      && l.every((d) => d.severity === vscode.DiagnosticSeverity.Error), 'both findings as errors', 20_000);
  });
});
