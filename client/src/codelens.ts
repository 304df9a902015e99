// Client side of the tool CodeLens (the lenses themselves come from the server, see
// server/src/lsp/codeLens.ts): hides "▶ Try in sandbox" while no sandbox panel registers
// `mcpWarden.openSandbox`, and implements the "N findings" lens's command.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { OPEN_SANDBOX_COMMAND, SHOW_FINDINGS_COMMAND, type ShowFindingsArgs } from '../../server/src/lsp/codeLens';

/** Whether the sandbox command exists; re-checked at most every few seconds until it does. */
let sandboxAvailable = false;
let checkedAt = 0;
const RECHECK_MS = 5000;

async function hasSandboxCommand(): Promise<boolean> {
  if (sandboxAvailable) return true;
  const now = Date.now();
  if (now - checkedAt < RECHECK_MS) return false;
  checkedAt = now;
  try {
    sandboxAvailable = (await vscode.commands.getCommands(true)).includes(OPEN_SANDBOX_COMMAND);
  } catch {
    sandboxAvailable = false;
  }
  return sandboxAvailable;
}

/** Language-client middleware: drops sandbox lenses when the sandbox command is not registered. */
export const codeLensMiddleware: Pick<Middleware, 'provideCodeLenses'> = {
  async provideCodeLenses(document, token, next) {
    const lenses = await next(document, token);
    if (!lenses || lenses.length === 0) return lenses;
    if (await hasSandboxCommand()) return lenses;
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
