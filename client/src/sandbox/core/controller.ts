// The sandbox panel's logic, without VS Code: it receives the webview's messages (validated
// with the protocol's zod schemas), owns the SandboxSession, and answers with protocol
// messages. VS Code specifics (SecretStorage, dialogs, trust, settings, opening files) come in
// through `SandboxDeps`, so tests drive the whole panel with a fake webview.
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { parseEnvLines, parseHeaderLines } from './env';
import { formFromSchema, initialValue, validateArgs } from './form';
import type { HistoryStore } from './history';
import { parseMcpJson, ResolveCancelled, resolveServer, type McpJsonFile, type ResolveContext } from './mcpJson';
import { parseMessage, ToHostSchema, type PersistedState, type ToHost, type ToolView, type ToWebview } from './protocol';
import { resultView, summarize } from './render';
import { SandboxSession } from './session';
import { describeServer, serverId, type LogEntry, type SandboxLimits, type Secrets, type ServerConfig } from './types';

export interface SecretStore {
  get(serverId: string): Promise<Secrets | undefined>;
  store(serverId: string, s: Secrets): Promise<void>;
  delete(serverId: string): Promise<void>;
}

/** What the user typed into the auth prompts (raw lines are parsed here). */
export interface AuthAnswer {
  bearerToken?: string;
  headerLines?: string;
  envLines?: string;
}

export interface SandboxDeps {
  post(msg: ToWebview): void;
  secrets: SecretStore;
  history: HistoryStore;
  isTrusted(): boolean;
  settings(): SandboxLimits & { envAllowList: string[] };
  /** Modal confirmation; true = go ahead. */
  confirm(text: string): Promise<boolean>;
  /** Password prompts for the server's auth; undefined = cancelled. */
  askAuth(config: ServerConfig): Promise<AuthAnswer | undefined>;
  /** The workspace's .vscode/mcp.json text and how to resolve its variables, if there is one. */
  mcpJson(): Promise<{ text: string; ctx: ResolveContext } | undefined>;
  /** Where a tool is defined in the workspace and the analyzer's findings on it. */
  lookupTool?(name: string): Promise<Pick<ToolView, 'definition' | 'findings'> | undefined>;
  openDefinition?(name: string): Promise<boolean>;
  clientVersion?: string;
}

/** Rules whose findings on a tool make the sandbox ask before calling it. */
const RISKY_RULES = new Set(['tool-input-to-shell', 'tool-input-to-path', 'tool-input-to-eval', 'tool-input-to-sql']);

export class SandboxController {
  private session?: SandboxSession;
  private config?: ServerConfig;
  private mcpJsonName?: string;
  private extraSecrets: string[] = [];
  private mcpSecrets: Secrets = {};
  private tools = new Map<string, Tool>();
  private toolViews = new Map<string, ToolView>();
  private persisted: PersistedState = {};
  private pendingTool?: string;
  private running?: AbortController;
  private logQueue: LogEntry[] = [];
  private logTimer?: ReturnType<typeof setTimeout>;
  private unsub: Array<() => void> = [];
  private disposed = false;

  constructor(private readonly d: SandboxDeps) {}

  get state(): PersistedState {
    return this.persisted;
  }
  get currentSession(): SandboxSession | undefined {
    return this.session;
  }

  /** Handles one message from the webview; messages that do not match the protocol are dropped (and reported). */
  async handle(raw: unknown): Promise<void> {
    const p = parseMessage(ToHostSchema, raw);
    if (!p.ok) {
      this.notice('error', `Ignored a malformed message from the panel (${p.error}).`);
      return;
    }
    try {
      await this.dispatch(p.msg);
    } catch (e) {
      this.notice('error', this.session?.redactor.text(e instanceof Error ? e.message : String(e)) ?? 'Unexpected error.');
    }
  }

  /** Selects a tool (the CodeLens command): shown now if connected, otherwise kept as the pending selection. */
  selectTool(name: string): void {
    if (this.tools.has(name)) void this.dispatch({ type: 'selectTool', name });
    else {
      this.pendingTool = name;
      this.post({ type: 'select', tool: name, pending: true });
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.logTimer) clearTimeout(this.logTimer);
    for (const u of this.unsub) u();
    await this.session?.disconnect();
  }

  private async dispatch(m: ToHost): Promise<void> {
    switch (m.type) {
      case 'ready': {
        if (m.state) this.persisted = m.state;
        await this.postStatus();
        if (this.session?.state === 'connected') await this.sendListing();
        else if (m.state?.mcpJsonName && this.d.isTrusted()) {
          // Restored after a reload: reconnect to the same mcp.json server (inputs are asked again).
          this.pendingTool ??= m.state.selectedTool;
        } else if (m.state?.config) {
          this.config = m.state.config;
          this.pendingTool ??= m.state.selectedTool;
          await this.postStatus();
        }
        if (this.pendingTool) this.post({ type: 'select', tool: this.pendingTool, pending: this.session?.state !== 'connected' });
        return;
      }
      case 'persist':
        this.persisted = { ...m.state };
        return;
      case 'connect':
        this.mcpJsonName = undefined;
        this.extraSecrets = [];
        this.mcpSecrets = {};
        await this.connect(m.config);
        return;
      case 'connectMcpJson':
        await this.connectMcpJson(m.name);
        return;
      case 'reconnect':
        if (this.config) await this.connect(this.config);
        return;
      case 'disconnect':
        this.running?.abort();
        await this.session?.disconnect();
        await this.postStatus();
        return;
      case 'setAuth':
        await this.setAuth();
        return;
      case 'clearAuth':
        if (this.config) await this.d.secrets.delete(serverId(this.config));
        this.notice('info', 'Auth cleared for this server.');
        await this.postStatus();
        return;
      case 'selectTool': {
        const tool = this.tools.get(m.name);
        if (!tool) {
          this.pendingTool = m.name;
          this.post({ type: 'select', tool: m.name, pending: true });
          return;
        }
        this.pendingTool = undefined;
        this.setPersisted({ selectedTool: m.name });
        const model = formFromSchema(tool.inputSchema);
        this.post({ type: 'form', tool: m.name, root: model.root, initial: initialValue(model.root) ?? {}, notes: model.notes, confirm: this.riskOf(m.name) });
        return;
      }
      case 'validate': {
        const tool = this.tools.get(m.tool);
        if (!tool) return;
        const v = validateArgs(tool.inputSchema, m.args);
        this.post({ type: 'validation', tool: m.tool, ok: v.ok, errors: v.errors, schemaProblem: v.schemaProblem });
        return;
      }
      case 'call':
        await this.call(m.tool, m.args);
        return;
      case 'cancel':
        this.running?.abort();
        return;
      case 'replay': {
        if (!this.config) return;
        const e = await this.d.history.get(serverId(this.config), m.id);
        if (!e) {
          this.notice('warning', 'That history entry no longer exists.');
          return;
        }
        await this.dispatch({ type: 'selectTool', name: e.tool });
        this.post({ type: 'setArgs', tool: e.tool, args: e.args });
        await this.call(e.tool, e.args);
        return;
      }
      case 'clearHistory':
        if (this.config) await this.d.history.clear(serverId(this.config));
        await this.sendHistory();
        return;
      case 'clearLog':
        this.post({ type: 'log', entries: [], reset: true });
        return;
      case 'openDefinition':
        if (!(await this.d.openDefinition?.(m.tool))) this.notice('info', `No definition of \`${m.tool}\` was found in this workspace.`);
        return;
      case 'readResource': {
        const s = this.session;
        if (!s) return;
        try {
          const r = await s.readResource(m.uri);
          const view = resultView(m.uri, { durationMs: 0, result: { content: r.contents.map((c) => ({ type: 'resource', resource: c })) } as never });
          this.post({ type: 'resourceContent', uri: m.uri, items: view.items });
        } catch (e) {
          this.post({ type: 'resourceContent', uri: m.uri, items: [], error: (e as Error).message });
        }
        return;
      }
      case 'getPrompt': {
        const s = this.session;
        if (!s) return;
        try {
          const r = await s.getPrompt(m.name, m.args);
          this.post({ type: 'promptResult', name: m.name, text: JSON.stringify(r.messages, null, 2).slice(0, 256 * 1024) });
        } catch (e) {
          this.post({ type: 'promptResult', name: m.name, text: '', error: (e as Error).message });
        }
        return;
      }
    }
  }

  private async connect(config: ServerConfig): Promise<void> {
    this.running?.abort();
    for (const u of this.unsub) u();
    this.unsub = [];
    await this.session?.disconnect();
    this.config = config;
    this.tools.clear();
    this.toolViews.clear();
    this.setPersisted(this.mcpJsonName ? { mcpJsonName: this.mcpJsonName, config: undefined } : { config, mcpJsonName: undefined });
    const stored = (await this.d.secrets.get(serverId(config))) ?? {};
    const secrets: Secrets = {
      bearerToken: stored.bearerToken,
      headers: { ...(this.mcpSecrets.headers ?? {}), ...(stored.headers ?? {}) },
      env: { ...(this.mcpSecrets.env ?? {}), ...(stored.env ?? {}) },
    };
    const st = this.d.settings();
    const session = new SandboxSession({
      config, secrets, limits: st, envAllowList: st.envAllowList, allowStdio: this.d.isTrusted(), clientVersion: this.d.clientVersion, extraSecrets: this.extraSecrets,
    });
    this.session = session;
    this.post({ type: 'log', entries: [], reset: true });
    this.unsub.push(
      session.onLog((e) => this.queueLog(e)),
      session.onState(() => void this.postStatus()),
    );
    await this.sendHistory();
    try {
      await session.connect();
    } catch {
      await this.postStatus();
      return;
    }
    await this.sendListing();
    if (this.pendingTool && this.tools.has(this.pendingTool)) await this.dispatch({ type: 'selectTool', name: this.pendingTool });
    else if (this.persisted.selectedTool && this.tools.has(this.persisted.selectedTool)) await this.dispatch({ type: 'selectTool', name: this.persisted.selectedTool });
  }

  private async connectMcpJson(name: string): Promise<void> {
    const src = await this.d.mcpJson();
    if (!src) {
      this.notice('warning', 'This workspace has no .vscode/mcp.json.');
      return;
    }
    const file: McpJsonFile = parseMcpJson(src.text);
    try {
      const r = await resolveServer(file, name, src.ctx);
      this.mcpJsonName = name;
      this.extraSecrets = r.secretValues;
      this.mcpSecrets = r.secrets;
      await this.connect(r.config);
    } catch (e) {
      if (e instanceof ResolveCancelled) this.notice('info', 'Connection cancelled.');
      else this.notice('error', `Cannot use ${name} from mcp.json: ${(e as Error).message}`);
    }
  }

  private async setAuth(): Promise<void> {
    if (!this.config) {
      this.notice('warning', 'Choose a server first; auth is stored per server.');
      return;
    }
    const a = await this.d.askAuth(this.config);
    if (!a) return;
    const headers = parseHeaderLines(a.headerLines ?? '');
    const env = parseEnvLines(a.envLines ?? '');
    if (headers.bad.length || env.bad.length) {
      this.notice('error', `Auth not saved: unreadable ${headers.bad.length ? `header line(s) ${headers.bad.join(', ')}` : `env line(s) ${env.bad.join(', ')}`} (use "Name: value" and NAME=value).`);
      return;
    }
    const s: Secrets = {};
    if (a.bearerToken) s.bearerToken = a.bearerToken.trim();
    if (Object.keys(headers.headers).length) s.headers = headers.headers;
    if (Object.keys(env.env).length) s.env = env.env;
    await this.d.secrets.store(serverId(this.config), s);
    this.notice('info', 'Auth saved in VS Code secret storage. Reconnect to use it.');
    await this.postStatus();
  }

  private riskOf(name: string): string | undefined {
    const t = this.tools.get(name);
    const why: string[] = [];
    if (t?.annotations?.destructiveHint === true) why.push('its annotations say it is destructive (destructiveHint)');
    const findings = this.toolViews.get(name)?.findings?.filter((f) => RISKY_RULES.has(f.rule)) ?? [];
    if (findings.length) why.push(`MCP Warden reports ${[...new Set(findings.map((f) => f.rule))].join(', ')} in its handler`);
    return why.length ? `\`${name}\` ${why.join(', and ')}.` : undefined;
  }

  private async call(name: string, args: unknown): Promise<void> {
    const s = this.session;
    const tool = this.tools.get(name);
    if (!s || !tool || s.state !== 'connected') {
      this.notice('warning', 'Connect to the server first.');
      return;
    }
    const v = validateArgs(tool.inputSchema, args);
    this.post({ type: 'validation', tool: name, ok: v.ok, errors: v.errors, schemaProblem: v.schemaProblem });
    if (!v.ok) return;
    const risk = this.riskOf(name);
    if (risk && !(await this.d.confirm(`${risk} Call it on ${describeServer(s.config)}?`))) {
      this.notice('info', `Call to ${name} not sent.`);
      return;
    }
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    this.post({ type: 'callStarted', tool: name });
    const outcome = await s.callTool(name, (args ?? {}) as Record<string, unknown>, {
      signal: controller.signal,
      onProgress: (p) => this.post({ type: 'progress', progress: p.progress, total: p.total, message: p.message === undefined ? undefined : s.redactor.text(p.message) }),
    });
    if (this.running === controller) this.running = undefined;
    const view = resultView(name, outcome, tool);
    if (view.error) view.error.message = s.redactor.text(view.error.message);
    this.post({ type: 'result', view: s.redactor.json(view) });
    if (this.config) {
      await this.d.history.add(serverId(this.config), { tool: name, args: (args ?? {}) as Record<string, unknown>, durationMs: outcome.durationMs, status: view.status, summary: summarize(view) }, s.redactor);
      await this.sendHistory();
    }
  }

  private async sendListing(): Promise<void> {
    const s = this.session;
    if (!s || s.state !== 'connected') return;
    try {
      const l = await s.list();
      this.tools = new Map(l.tools.map((t) => [t.name, t]));
      const views: ToolView[] = [];
      for (const t of l.tools) {
        const extra = (await this.d.lookupTool?.(t.name).catch(() => undefined)) ?? {};
        const v: ToolView = {
          name: t.name, title: t.title ?? t.annotations?.title, description: t.description?.slice(0, 4_000),
          annotations: t.annotations ? { readOnlyHint: t.annotations.readOnlyHint, destructiveHint: t.annotations.destructiveHint, idempotentHint: t.annotations.idempotentHint, openWorldHint: t.annotations.openWorldHint, title: t.annotations.title } : undefined,
          hasOutputSchema: !!t.outputSchema, ...extra,
        };
        views.push(v);
        this.toolViews.set(t.name, v);
      }
      this.post(s.redactor.json({
        type: 'listing', tools: views,
        resources: l.resources.map((r) => ({ uri: r.uri, name: r.name, description: r.description, mimeType: r.mimeType })),
        templates: l.resourceTemplates.map((r) => ({ uriTemplate: r.uriTemplate, name: r.name, description: r.description })),
        prompts: l.prompts.map((p) => ({ name: p.name, description: p.description, arguments: (p.arguments ?? []).map((a) => ({ name: a.name, description: a.description, required: a.required })) })),
      }));
    } catch (e) {
      this.notice('error', `Listing failed: ${(e as Error).message}`);
    }
  }

  private async sendHistory(): Promise<void> {
    if (!this.config) return;
    this.post({ type: 'history', entries: await this.d.history.list(serverId(this.config)) });
  }

  private async postStatus(): Promise<void> {
    const s = this.session;
    const c = this.config;
    const stored = c ? await this.d.secrets.get(serverId(c)) : undefined;
    const hasAuth = !!(stored && (stored.bearerToken || Object.keys(stored.headers ?? {}).length || Object.keys(stored.env ?? {}).length));
    let mcpJsonServers: string[] = [];
    try {
      const src = await this.d.mcpJson();
      if (src) mcpJsonServers = parseMcpJson(src.text).servers.filter((x) => x.type !== 'unknown').map((x) => x.name);
    } catch {
      // no mcp.json servers offered
    }
    const msg: ToWebview = {
      type: 'status',
      state: s?.state ?? 'disconnected',
      server: c ? describeServer(c) : undefined,
      kind: c?.kind,
      info: s?.info ? { name: s.info.name, version: s.info.version, instructions: s.info.instructions?.slice(0, 4_000), capabilities: s.info.capabilities } : undefined,
      error: s?.lastError,
      hasAuth,
      trusted: this.d.isTrusted(),
      mcpJsonServers,
      // The config as typed (no secrets); mcp.json servers are shown by name only.
      config: this.mcpJsonName ? undefined : c,
    };
    this.post(s ? s.redactor.json(msg) : msg);
  }

  private setPersisted(p: Partial<PersistedState>): void {
    this.persisted = { ...this.persisted, ...p };
    for (const k of Object.keys(this.persisted) as Array<keyof PersistedState>) if (this.persisted[k] === undefined) delete this.persisted[k];
    this.post({ type: 'persist', state: this.session ? this.session.redactor.json(this.persisted) : this.persisted });
  }

  private queueLog(e: LogEntry): void {
    this.logQueue.push(e);
    if (!this.logTimer) {
      this.logTimer = setTimeout(() => {
        this.logTimer = undefined;
        const entries = this.logQueue.splice(0);
        if (!this.disposed) this.post({ type: 'log', entries });
      }, 50);
    }
  }

  private notice(level: 'info' | 'warning' | 'error', text: string): void {
    this.post({ type: 'notice', level, text });
  }

  /** Every message to the webview goes through the session's redactor: no secret reaches it, whatever the server echoed. */
  private post(msg: ToWebview): void {
    if (this.disposed) return;
    this.d.post(this.session ? this.session.redactor.json(msg) : msg);
  }
}
