// MCP Warden client: starts the language server, forwards settings and file changes, shows a
// status bar item. All analysis lives in the server (server/src/lsp/server.ts).
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { StatusNotification, type InitializationOptions, type Notification, type StatusParams } from '../../server/src/lsp/protocol';
import { SETTINGS_SECTION } from '../../server/src/lsp/settings';
import { FIX_ALL_KIND, SHOW_RULE_DOCS_COMMAND } from '../../server/src/lsp/codeActions';
import { MCP_CONFIG_FILE_NAMES } from '../../server/src/engine/config/files';
import { codeLensMiddleware, registerCodeLensCommands } from './codelens';
import { registerNewServerCommand } from './scaffold/command';
import { registerSandbox } from './sandbox/panel';

const LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'python'];
const WATCH_GLOB = '**/*.{ts,tsx,js,mjs,cjs,mts,cts,py}';
const CONFIG_GLOB = `**/{${MCP_CONFIG_FILE_NAMES.join(',')}}`;

let client: LanguageClient | undefined;
let status: StatusBar | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('MCP Warden', { log: true });
  status = new StatusBar();
  context.subscriptions.push(output, status);

  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(WATCH_GLOB);
  context.subscriptions.push(watcher);
  const initializationOptions: InitializationOptions = {};
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // MCP client configuration files (.vscode/mcp.json, claude_desktop_config.json, …).
      ...['json', 'jsonc'].map((language) => ({ scheme: 'file', language, pattern: CONFIG_GLOB })),
    ],
    synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: watcher },
    outputChannel: output,
    initializationOptions,
    middleware: { ...codeLensMiddleware },
  };

  client = new LanguageClient(SETTINGS_SECTION, 'MCP Warden', serverOptions, clientOptions);
  const c = client;
  onNotification(c, StatusNotification, (p) => status?.update(p));
  context.subscriptions.push(
    c.onDidChangeState((e) => status?.setClientState(e.newState)),
    vscode.window.onDidChangeActiveTextEditor(() => status?.render()),
    vscode.commands.registerCommand('mcpWarden.showOutput', () => output.show(true)),
    registerCodeLensCommands(),
    registerNewServerCommand(),
    registerSandbox(context),
    // Code actions (server/src/lsp/codeActions.ts): the rule's doc page, and fix-all on demand.
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, async (href: unknown) => {
      const uri = typeof href === 'string' ? vscode.Uri.parse(href) : undefined;
      if (uri?.scheme === 'file' && /\/docs\/rules\/[a-z0-9-]+\.md$/.test(uri.path)) await vscode.commands.executeCommand('markdown.showPreview', uri);
      else if (uri?.scheme === 'https') await vscode.env.openExternal(uri);
    }),
    vscode.commands.registerCommand('mcpWarden.fixAllSafe', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, FIX_ALL_KIND)) ?? [];
      const fixAll = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
      if (fixAll?.edit) await vscode.workspace.applyEdit(fixAll.edit);
      else void vscode.window.showInformationMessage('MCP Warden: no safe fixes in this file.');
    }),
    vscode.commands.registerCommand('mcpWarden.restartServer', async () => {
      output.appendLine('Restarting the MCP Warden language server…');
      try {
        if (c.isRunning()) await c.restart();
        else await c.start();
      } catch (e) {
        output.appendLine(`Restart failed: ${e instanceof Error ? e.message : String(e)}`);
        void vscode.window.showErrorMessage('MCP Warden: the language server failed to restart (see the MCP Warden output).');
      }
    }),
  );

  try {
    await c.start();
  } catch (e) {
    output.appendLine(`The language server failed to start: ${e instanceof Error ? e.message : String(e)}`);
    status.setClientState(State.Stopped);
  }
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop().catch(() => {});
}

/** Receives a custom notification declared in the shared protocol module. */
function onNotification<P>(c: LanguageClient, n: Notification<P>, handler: (params: P) => void): void {
  c.onNotification(n.method, (params: P) => handler(params));
}

/** "$(shield) MCP Warden" plus the active document's finding count or the server's state. */
class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('mcpWarden.status', vscode.StatusBarAlignment.Right, 100);
  private last: StatusParams | undefined;
  private clientState: State = State.Starting;

  constructor() {
    this.item.name = 'MCP Warden';
    this.item.command = 'mcpWarden.showOutput';
    this.render();
    this.item.show();
  }

  update(p: StatusParams): void {
    this.last = p;
    this.render();
  }

  setClientState(s: State): void {
    this.clientState = s;
    if (s !== State.Running) this.last = undefined;
    this.render();
  }

  render(): void {
    const base = '$(shield) MCP Warden';
    this.item.backgroundColor = undefined;
    if (this.clientState === State.Stopped) {
      this.item.text = `${base} (stopped)`;
      this.item.tooltip = 'The MCP Warden language server is not running. Click to show its output; run "MCP Warden: Restart Server" to start it.';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    const p = this.last;
    if (!p || p.state === 'starting') {
      this.item.text = `$(sync~spin) MCP Warden`;
      this.item.tooltip = 'MCP Warden is starting…';
      return;
    }
    if (p.state === 'error') {
      this.item.text = `${base} $(error)`;
      this.item.tooltip = `MCP Warden: ${p.message ?? 'the analyzer failed'}. Click to show the output.`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    if (p.state === 'disabled') {
      this.item.text = `${base} (off)`;
      this.item.tooltip = 'MCP Warden is disabled (mcpWarden.enable is false).';
      return;
    }
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const doc = uri ? p.documents.find((d) => d.uri === uri) : undefined;
    if (!doc) {
      const total = p.documents.reduce((n, d) => n + d.findings, 0);
      this.item.text = total > 0 ? `${base}: ${total}` : base;
      this.item.tooltip = `MCP Warden: ${total} finding${total === 1 ? '' : 's'} in ${p.documents.length} open file${p.documents.length === 1 ? '' : 's'}.`;
      return;
    }
    if (doc.excluded) {
      this.item.text = `${base} (excluded)`;
      this.item.tooltip = 'This file matches mcpWarden.exclude and is not analysed.';
      return;
    }
    const timing = doc.ms !== undefined ? ` (${doc.ms} ms)` : '';
    this.item.text = doc.incomplete ? `${base}: ${doc.findings} $(warning)` : `${base}: ${doc.findings}`;
    this.item.tooltip = `MCP Warden: ${doc.findings} finding${doc.findings === 1 ? '' : 's'} in this file${timing}.` + (doc.incomplete ? ` Analysis incomplete: ${doc.incomplete}.` : '');
  }

  dispose(): void {
    this.item.dispose();
  }
}
