// VS Code glue for the sandbox panel: the webview (locked down: CSP default-src 'none' with a
// per-load nonce, only dist/media/ as a local resource root), the single-instance panel with its
// serializer, SecretStorage for auth, modal confirmations, password prompts, workspace trust,
// settings, and links from tools to their definitions and findings. All logic is in
// core/controller.ts, which the node tests drive without VS Code.
import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { SandboxController, type AuthAnswer, type SandboxDeps, type SecretStore } from './core/controller';
import { HistoryStore } from './core/history';
import { newNonce, sandboxHtml } from './core/html';
import type { McpJsonInput } from './core/mcpJson';
import { PersistedStateSchema, type ToolView } from './core/protocol';
import { DEFAULT_LIMITS, describeServer, type Secrets, type ServerConfig } from './core/types';
import { setSandboxAvailable } from '../codelens';

export const OPEN_SANDBOX = 'mcpWarden.openSandbox';
const VIEW_TYPE = 'mcpWarden.sandbox';
const SECRET_PREFIX = 'mcpWarden.sandbox.auth/';

/** Argument of mcpWarden.openSandbox (the CodeLens passes it). */
interface OpenArgs {
  uri?: string;
  tool?: string;
}

export function registerSandbox(context: vscode.ExtensionContext): vscode.Disposable {
  setSandboxAvailable(true);
  return vscode.Disposable.from(
    { dispose: () => setSandboxAvailable(false) },
    vscode.commands.registerCommand(OPEN_SANDBOX, (arg?: unknown) => {
      const a = (arg && typeof arg === 'object' ? arg : {}) as OpenArgs;
      const tool = typeof a.tool === 'string' ? a.tool : undefined;
      const uri = typeof a.uri === 'string' ? a.uri : undefined;
      SandboxPanel.show(context, tool, uri);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown) {
        const parsed = PersistedStateSchema.safeParse(state);
        SandboxPanel.revive(context, panel, parsed.success ? parsed.data : undefined);
      },
    }),
  );
}

class SandboxPanel {
  private static current: SandboxPanel | undefined;
  private readonly controller: SandboxController;
  private readonly disposables: vscode.Disposable[] = [];
  private hintUri?: string;
  private definitions = new Map<string, vscode.Location>();
  private sourceCache?: { at: number; files: Array<[vscode.Uri, string]> };

  static show(context: vscode.ExtensionContext, tool?: string, uri?: string): void {
    if (SandboxPanel.current) {
      SandboxPanel.current.panel.reveal(vscode.ViewColumn.Beside);
    } else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'MCP Sandbox', vscode.ViewColumn.Beside, SandboxPanel.options(context));
      SandboxPanel.current = new SandboxPanel(context, panel);
    }
    if (uri) SandboxPanel.current.hintUri = uri;
    if (tool) SandboxPanel.current.controller.selectTool(tool);
  }

  static revive(context: vscode.ExtensionContext, panel: vscode.WebviewPanel, _state: unknown): void {
    // The webview sends its saved state with `ready`; nothing secret was ever in it.
    SandboxPanel.current?.panel.dispose();
    panel.webview.options = SandboxPanel.options(context);
    SandboxPanel.current = new SandboxPanel(context, panel);
  }

  private static options(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist', 'media')],
    };
  }

  private constructor(private readonly context: vscode.ExtensionContext, readonly panel: vscode.WebviewPanel) {
    const secrets: SecretStore = {
      get: async (id) => parseSecrets(await context.secrets.get(SECRET_PREFIX + id)),
      store: (id, s) => Promise.resolve(context.secrets.store(SECRET_PREFIX + id, JSON.stringify(s))),
      delete: (id) => Promise.resolve(context.secrets.delete(SECRET_PREFIX + id)),
    };
    const deps: SandboxDeps = {
      post: (m) => void panel.webview.postMessage(m),
      secrets,
      history: new HistoryStore(vscode.Uri.joinPath(context.globalStorageUri, 'sandbox-history').fsPath),
      isTrusted: () => vscode.workspace.isTrusted,
      settings,
      confirm: async (text) => (await vscode.window.showWarningMessage(text, { modal: true }, 'Call tool')) === 'Call tool',
      askAuth,
      mcpJson,
      lookupTool: (name) => this.lookupTool(name),
      openDefinition: async (name) => {
        const loc = this.definitions.get(name) ?? (await this.findDefinition(name));
        if (!loc) return false;
        // Beside the panel, never over it.
        const viewColumn = panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
        await vscode.window.showTextDocument(loc.uri, { selection: loc.range, preview: false, viewColumn });
        return true;
      },
      clientVersion: String(context.extension.packageJSON.version ?? '0.0.0'),
    };
    this.controller = new SandboxController(deps);
    panel.webview.html = html(panel.webview, context.extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m) => void this.controller.handle(m)),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.controller.handle({ type: 'ready' })),
    );
  }

  private async lookupTool(name: string): Promise<Pick<ToolView, 'definition' | 'findings'> | undefined> {
    const loc = await this.findDefinition(name);
    const findings: { rule: string; message: string }[] = [];
    for (const [uri, diags] of vscode.languages.getDiagnostics()) {
      for (const d of diags) {
        if (d.source !== 'mcp-warden') continue;
        const data = (d as unknown as { data?: { definition?: string } }).data;
        const mine = data?.definition === name || d.message.includes(`\`${name}\``);
        if (mine && (!loc || loc.uri.toString() === uri.toString() || data?.definition === name)) {
          findings.push({ rule: typeof d.code === 'object' ? String(d.code.value) : String(d.code), message: d.message.slice(0, 300) });
        }
      }
    }
    if (!loc && !findings.length) return undefined;
    return {
      definition: loc ? { file: vscode.workspace.asRelativePath(loc.uri), line: loc.range.start.line + 1 } : undefined,
      findings: findings.length ? findings.slice(0, 20) : undefined,
    };
  }

  /** The tool's registration in the workspace: the file the CodeLens came from first, then a bounded search. */
  private async findDefinition(name: string): Promise<vscode.Location | undefined> {
    const known = this.definitions.get(name);
    if (known) return known;
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A registration naming the tool (TS SDK, fastmcp, low-level lists, Python name=…), or a
    // Python function under a @….tool decorator. Any other mention of the name does not count.
    const patterns = [
      new RegExp(`(?:registerTool|\\.tool|addTool|\\bname)\\s*[(:=]\\s*(['"\`])${esc}\\1`),
      new RegExp(`@[\\w.]*tool\\b[^\\n]*\\n(?:[ \\t]*@[^\\n]*\\n)*[ \\t]*(?:async[ \\t]+)?def[ \\t]+${esc}[ \\t]*\\(`),
    ];
    for (const re of patterns) {
      for (const [uri, text] of await this.sources()) {
        const m = re.exec(text);
        if (!m) continue;
        const line = text.slice(0, m.index).split('\n').length - 1;
        const loc = new vscode.Location(uri, new vscode.Position(line, 0));
        this.definitions.set(name, loc);
        return loc;
      }
    }
    return undefined;
  }

  /** Source files to search for definitions (the CodeLens's file first), read once per 10 s: at most 500 files of at most 1 MB. */
  private async sources(): Promise<Array<[vscode.Uri, string]>> {
    if (this.sourceCache && Date.now() - this.sourceCache.at < 10_000) return this.sourceCache.files;
    const uris: vscode.Uri[] = [];
    if (this.hintUri) uris.push(vscode.Uri.parse(this.hintUri));
    if (vscode.workspace.workspaceFolders?.length) {
      uris.push(...(await vscode.workspace.findFiles('**/*.{ts,tsx,js,mjs,cjs,mts,cts,py}', '**/{node_modules,dist,build,out,.venv,venv,.git}/**', 500)));
    }
    const files: Array<[vscode.Uri, string]> = [];
    const seen = new Set<string>();
    for (const uri of uris) {
      if (seen.has(uri.toString())) continue;
      seen.add(uri.toString());
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength <= 1024 * 1024) files.push([uri, new TextDecoder().decode(bytes)]);
      } catch {
        // unreadable: skipped
      }
    }
    this.sourceCache = { at: Date.now(), files };
    return files;
  }

  private dispose(): void {
    if (SandboxPanel.current === this) SandboxPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
    void this.controller.dispose();
  }
}

function settings(): ReturnType<SandboxDeps['settings']> {
  const c = vscode.workspace.getConfiguration('mcpWarden.sandbox');
  const num = (key: string, def: number, min: number, max: number) => {
    const v = c.get<number>(key);
    return typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : def;
  };
  const allow = c.get<unknown>('envAllowList');
  return {
    timeoutMs: num('timeoutSeconds', DEFAULT_LIMITS.timeoutMs / 1000, 1, 3600) * 1000,
    outputCapBytes: Math.round(num('outputCapMB', DEFAULT_LIMITS.outputCapBytes / 1024 / 1024, 0.1, 512) * 1024 * 1024),
    connectTimeoutMs: DEFAULT_LIMITS.connectTimeoutMs,
    envAllowList: Array.isArray(allow) ? allow.filter((x): x is string => typeof x === 'string') : [],
  };
}

function parseSecrets(raw: string | undefined): Secrets | undefined {
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Secrets;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Password prompts for a server's auth; `;` separates several headers or env variables. */
async function askAuth(config: ServerConfig): Promise<AuthAnswer | undefined> {
  const who = describeServer(config);
  const bearerToken = await vscode.window.showInputBox({
    title: `Auth for ${who} (1/2)`,
    prompt: 'Bearer token (sent as "Authorization: Bearer …"). Leave empty for none. Stored in VS Code secret storage only.',
    password: true,
    ignoreFocusOut: true,
  });
  if (bearerToken === undefined) return undefined;
  const isStdio = config.kind === 'stdio';
  const more = await vscode.window.showInputBox({
    title: `Auth for ${who} (2/2)`,
    prompt: isStdio
      ? 'Secret environment variables for the server: NAME=value; NAME2=value (empty for none).'
      : 'Other headers: Name: value; Name2: value (empty for none).',
    password: true,
    ignoreFocusOut: true,
  });
  if (more === undefined) return undefined;
  const lines = more.split(/\s*;\s*/).join('\n');
  return isStdio ? { bearerToken, envLines: lines } : { bearerToken, headerLines: lines };
}

async function mcpJson(): Promise<{ text: string; ctx: import('./core/mcpJson').ResolveContext } | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.vscode', 'mcp.json')));
  } catch {
    return undefined;
  }
  return {
    text,
    ctx: {
      workspaceFolder: folder.uri.fsPath,
      userHome: homedir(),
      env: process.env,
      pathSeparator: process.platform === 'win32' ? '\\' : '/',
      askInput: async (input: McpJsonInput) => {
        if (input.type === 'pickString' && input.options?.length) {
          return vscode.window.showQuickPick(input.options, { title: input.description ?? input.id, ignoreFocusOut: true });
        }
        return vscode.window.showInputBox({ title: input.description ?? input.id, value: input.password ? undefined : input.default, password: !!input.password, ignoreFocusOut: true });
      },
    },
  };
}

/** The panel's HTML (core/html.ts): CSP from default-src 'none', one nonce per load, resources only from dist/media. */
function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  return sandboxHtml({
    cspSource: webview.cspSource,
    nonce: newNonce(),
    media: (f) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'media', f)).toString(),
  });
}
