// Client side of the tool CodeLens (the lenses themselves come from the server, see
// server/src/lsp/codeLens.ts): hides "▶ Try in sandbox" unless the sandbox panel registered
// `mcpWarden.openSandbox`, and implements the "N findings" lens's command.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { OPEN_SANDBOX_COMMAND, SHOW_FINDINGS_COMMAND, type ShowFindingsArgs } from '../../server/src/lsp/codeLens';

/**
 * Set by the sandbox panel when it registers its command, before the language client starts
 * (extension.ts). Known here rather than asked of `vscode.commands.getCommands()`: asking raced
 * with a window reload in the E2E suite (the lens was dropped once and never asked for again).
 */
let sandboxAvailable = false;

export function setSandboxAvailable(available: boolean): void {
  sandboxAvailable = available;
}

/** Language-client middleware: drops sandbox lenses when the sandbox command is not registered. */
export const codeLensMiddleware: Pick<Middleware, 'provideCodeLenses'> = {
  async provideCodeLenses(document, token, next) {
    const lenses = await next(document, token);
    if (!lenses || lenses.length === 0 || sandboxAvailable) return lenses;
    return lenses.filter((l) => l.command?.command !== OPEN_SANDBOX_COMMAND);
  },
};

function isShowFindingsArgs(v: unknown): v is ShowFindingsArgs {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  const r = a.range as ShowFindingsArgs['range'] | undefined;
  return typeof a.uri === 'string' && !!r && typeof r.start?.line === 'number' && typeof r.start?.character === 'number' && typeof r.end?.line === 'number' && typeof r.end?.character === 'number';
}

/** `mcpWarden.showToolFindings`: opens the document at the definition's first finding and shows it. */
export function registerCodeLensCommands(): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_FINDINGS_COMMAND, async (args: unknown) => {
    if (!isShowFindingsArgs(args)) return;
    const { start, end } = args.range;
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(args.uri), { selection: new vscode.Range(range.start, range.start), preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // With the cursor at the finding's start, "next problem" opens that finding's own marker.
    await vscode.commands.executeCommand('editor.action.marker.next');
  });
}
