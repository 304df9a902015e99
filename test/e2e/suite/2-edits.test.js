// Findings follow edits as they are typed, without saving.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

describe('edits', () => {
  const touched = [];
  after(async () => {
    for (const doc of touched) await h.revert(doc);
  });

  it('flags a flaw introduced by an edit and clears it when an edit fixes it', async () => {
    const { doc, editor } = await h.open('src/safe.ts');
    touched.push(doc);
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'no findings', 20_000);

    // WorkspaceEdit: import execSync and add a tool that runs its input in a shell.
    const importLine = h.rangeOf(doc, 'import { execFileSync } from "child_process";');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, importLine, 'import { execFileSync, execSync } from "child_process";');
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, [
      '',
      'server.tool("show_file", { name: z.string() }, async ({ name }) => {',
      '  const out = execSync(`cat ${name}`).toString();',
      '  return { content: [{ type: "text", text: out }] };',
      '});',
      '',
    ].join('\n'));
    assert.ok(await vscode.workspace.applyEdit(edit), 'the WorkspaceEdit was not applied');
    const flaw = [{ rule: 'tool-input-to-shell', context: 'execSync(`cat ${name}`)', target: '`cat ${name}`' }];
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, flaw), 'tool-input-to-shell on the new tool', 20_000);

    // TextEditor.edit: replace the shell call with execFile and an argument array.
    const sink = h.rangeOf(doc, 'execSync(`cat ${name}`)');
    assert.ok(await editor.edit((b) => b.replace(sink, 'execFileSync("cat", ["--", name])')), 'the editor edit was not applied');
    await h.waitForDiagnostics(doc.uri, (l) => l.length === 0, 'the finding to clear after the fix', 20_000);
    assert.ok(doc.isDirty, 'the edits should not have been saved');
  });

  it('moves findings with the code when lines are inserted above them', async () => {
    const { doc, editor } = await h.open('src/vulnerable.ts');
    touched.push(doc);
    const expected = h.EXPECTED['src/vulnerable.ts'];
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected), h.expectedText(doc, expected), 20_000);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(1, 0), '// one\n// two\n// three\n')));
    // rangeOf() reads the edited text, so the expected ranges are now three lines lower.
    await h.waitForDiagnostics(doc.uri, (l) => h.matchesExpected(doc, l, expected) && l.every((d) => d.range.start.line >= 9), 'findings three lines lower', 20_000);
  });
});
