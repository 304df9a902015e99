// "MCP Warden: Restart Server" really restarts the language server, which then reports again.
const vscode = require('vscode');
const h = require('./helpers');

describe('restart command', () => {
  it('drops the findings while the server restarts and reports them again', async () => {
    const { doc } = await h.open('src/vulnerable.ts');
    const expected = h.EXPECTED['src/vulnerable.ts'];
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected), h.expectedText(doc, expected), 20_000);
    // Stopping the client disposes its diagnostics; start watching before running the command.
    const dropped = h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'findings to be dropped by the restart', 30_000);
    await vscode.commands.executeCommand('mcpWarden.restartServer');
    await dropped;
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected), `${h.expectedText(doc, expected)} after the restart`, 30_000);
  });
});
