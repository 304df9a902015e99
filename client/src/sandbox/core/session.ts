// One connection from the sandbox to an MCP server, owned by the extension host. Plain Node (no
// `vscode`), so tests drive it against real servers. It wraps the SDK Client with: the capped
// stdio transport or the Streamable HTTP / legacy SSE transports (auth headers injected by a
// fetch wrapper that also caps response sizes and refuses redirects); a redacted JSON-RPC log;
// per-call timeout, cancellation and progress; and errors sorted into kinds a person can act on.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  CallToolResultSchema, ErrorCode, McpError,
  type CallToolResult, type GetPromptResult, type JSONRPCMessage, type Prompt, type ReadResourceResult, type Resource, type ResourceTemplate, type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import { scrubEnv } from './env';
import { Redactor } from './redact';
import { CappedStdioTransport } from './stdioTransport';
import { DEFAULT_LIMITS, describeServer, type LogDirection, type LogEntry, type SandboxLimits, type Secrets, type ServerConfig } from './types';

export type SessionState = 'disconnected' | 'connecting' | 'connected' | 'failed' | 'crashed';

export type ErrorKind = 'auth' | 'timeout' | 'cancelled' | 'oversize' | 'crashed' | 'untrusted' | 'connect' | 'server' | 'invalid';

export class SandboxError extends Error {
  constructor(readonly kind: ErrorKind, message: string) {
    super(message);
  }
}

export interface ServerInfo {
  name: string;
  version: string;
  protocolVersion?: string;
  instructions?: string;
  capabilities: { tools: boolean; resources: boolean; prompts: boolean; logging: boolean; completions: boolean };
}

export interface Listing {
  tools: Tool[];
  resources: Resource[];
  resourceTemplates: ResourceTemplate[];
  prompts: Prompt[];
}

export interface CallOutcome {
  durationMs: number;
  result?: CallToolResult;
  error?: { kind: ErrorKind; message: string };
}

export interface SessionOptions {
  config: ServerConfig;
  secrets?: Secrets;
  limits?: Partial<SandboxLimits>;
  /** Stdio servers start only when this is true (VS Code: the workspace is trusted). */
  allowStdio: boolean;
  /** Extra variable names a stdio server may inherit (setting mcpWarden.sandbox.envAllowList). */
  envAllowList?: readonly string[];
  /** The environment to scrub (default: process.env). */
  parentEnv?: Record<string, string | undefined>;
  clientVersion?: string;
  /** Further values to redact (e.g. resolved `${input:…}` passwords from mcp.json). */
  extraSecrets?: string[];
}

const LOG_LIMIT = 2_000;
const LOG_TEXT_LIMIT = 20_000;

export class SandboxSession {
  readonly redactor = new Redactor();
  readonly limits: SandboxLimits;
  private client?: Client;
  private transport?: Transport;
  private stdio?: CappedStdioTransport;
  private _state: SessionState = 'disconnected';
  private _info?: ServerInfo;
  private _lastError?: { kind: ErrorKind; message: string };
  private readonly log: LogEntry[] = [];
  private seq = 0;
  private readonly logListeners = new Set<(e: LogEntry) => void>();
  private readonly stateListeners = new Set<(s: SessionState) => void>();
  private readonly active = new Map<number, { controller: AbortController; reason?: SandboxError }>();
  private nextCall = 1;
  private httpStatus?: number;
  private stderrTail: string[] = [];
  private exit?: { code: number | null; signal: string | null };
  /** Incremented per connect: events from an older connection are ignored. */
  private generation = 0;

  constructor(private readonly o: SessionOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...o.limits };
    const s = o.secrets ?? {};
    this.redactor.add(s.bearerToken, ...Object.values(s.headers ?? {}), ...Object.values(s.env ?? {}), ...(o.extraSecrets ?? []));
  }

  get config(): ServerConfig {
    return this.o.config;
  }
  get state(): SessionState {
    return this._state;
  }
  get info(): ServerInfo | undefined {
    return this._info;
  }
  get lastError(): { kind: ErrorKind; message: string } | undefined {
    return this._lastError;
  }
  get logEntries(): readonly LogEntry[] {
    return this.log;
  }
  /** The stdio server's process id while it runs. */
  get pid(): number | undefined {
    return this.stdio?.pid;
  }

  onLog(f: (e: LogEntry) => void): () => void {
    this.logListeners.add(f);
    return () => this.logListeners.delete(f);
  }
  onState(f: (s: SessionState) => void): () => void {
    this.stateListeners.add(f);
    return () => this.stateListeners.delete(f);
  }

  async connect(): Promise<ServerInfo> {
    await this.disconnect();
    const gen = ++this.generation;
    this.httpStatus = undefined;
    this.exit = undefined;
    this.stderrTail = [];
    this._lastError = undefined;
    this.setState('connecting');
    const c = this.o.config;
    try {
      if (c.kind === 'stdio' && !this.o.allowStdio) {
        throw new SandboxError('untrusted', 'Starting a stdio server needs a trusted workspace (it runs a program on this machine).');
      }
      const inner = c.kind === 'stdio' ? this.makeStdio(c, gen) : this.makeHttp(c, gen);
      const transport = this.logged(inner, gen);
      this.transport = transport;
      const client = new Client({ name: 'mcp-warden-sandbox', version: this.o.clientVersion ?? '0.0.0' }, { capabilities: {} });
      client.onerror = (e) => {
        if (gen === this.generation) this.append('error', 'transport error', this.redactor.text(e.message));
      };
      this.client = client;
      this.append('info', 'connect', `Connecting to ${this.redactor.text(describeServer(c))} (${c.kind})`);
      await client.connect(transport, { timeout: this.limits.connectTimeoutMs });
      const caps = client.getServerCapabilities() ?? {};
      const v = client.getServerVersion();
      this._info = {
        name: v?.name ?? '(unnamed server)',
        version: v?.version ?? '',
        instructions: client.getInstructions(),
        capabilities: { tools: !!caps.tools, resources: !!caps.resources, prompts: !!caps.prompts, logging: !!caps.logging, completions: !!caps.completions },
      };
      this.setState('connected');
      return this._info;
    } catch (e) {
      const err = this.classify(e, 'connect');
      this._lastError = { kind: err.kind, message: err.message };
      this.append('error', 'connect failed', err.message);
      const t = this.transport;
      this.client = undefined;
      this.transport = undefined;
      await t?.close().catch(() => {});
      this.stdio = undefined;
      if (gen === this.generation) this.setState(err.kind === 'crashed' ? 'crashed' : 'failed');
      throw err;
    }
  }

  async disconnect(): Promise<void> {
    const client = this.client;
    this.generation++;
    for (const a of this.active.values()) a.controller.abort(new SandboxError('cancelled', 'Disconnected.'));
    this.client = undefined;
    this.transport = undefined;
    this.stdio = undefined;
    if (client) {
      await client.close().catch(() => {});
      this.append('info', 'disconnect', 'Disconnected.');
    }
    if (this._state !== 'disconnected') this.setState('disconnected');
  }

  /** Tools, resources, templates and prompts, as far as the server's capabilities say it has them (pages followed, at most 50 each). */
  async list(): Promise<Listing> {
    const client = this.need();
    const caps = client.getServerCapabilities() ?? {};
    const out: Listing = { tools: [], resources: [], resourceTemplates: [], prompts: [] };
    const opts = { timeout: this.limits.timeoutMs };
    try {
      if (caps.tools) out.tools = await pages((cursor) => client.listTools({ cursor }, opts).then((r) => [r.tools, r.nextCursor]));
      if (caps.resources) {
        out.resources = await pages((cursor) => client.listResources({ cursor }, opts).then((r) => [r.resources, r.nextCursor]));
        out.resourceTemplates = await pages((cursor) => client.listResourceTemplates({ cursor }, opts).then((r) => [r.resourceTemplates, r.nextCursor])).catch(() => []);
      }
      if (caps.prompts) out.prompts = await pages((cursor) => client.listPrompts({ cursor }, opts).then((r) => [r.prompts, r.nextCursor]));
    } catch (e) {
      throw this.classify(e, 'server');
    }
    return out;
  }

  /**
   * Calls a tool. Never throws: the outcome carries either the result (which may itself be an
   * `isError` result) or an error kind and message. The SDK's own output-schema check is not
   * applied here (the result view checks `structuredContent` and shows the mismatch instead).
   */
  async callTool(
    name: string,
    args: Record<string, unknown>,
    opts: { signal?: AbortSignal; onProgress?: (p: { progress: number; total?: number; message?: string }) => void; timeoutMs?: number } = {},
  ): Promise<CallOutcome> {
    const t0 = Date.now();
    let client: Client;
    try {
      client = this.need();
    } catch (e) {
      return { durationMs: 0, error: { kind: (e as SandboxError).kind, message: (e as Error).message } };
    }
    const id = this.nextCall++;
    const controller = new AbortController();
    const entry: { controller: AbortController; reason?: SandboxError } = { controller };
    this.active.set(id, entry);
    const onAbort = () => {
      entry.reason ??= new SandboxError('cancelled', 'Cancelled.');
      controller.abort(entry.reason);
    };
    if (opts.signal?.aborted) onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const result = (await client.request({ method: 'tools/call', params: { name, arguments: args } }, CallToolResultSchema, {
        signal: controller.signal,
        timeout: opts.timeoutMs ?? this.limits.timeoutMs,
        onprogress: opts.onProgress ? (p) => opts.onProgress!({ progress: p.progress, total: p.total, message: p.message }) : undefined,
      })) as CallToolResult;
      return { durationMs: Date.now() - t0, result };
    } catch (e) {
      const err = entry.reason ?? this.classify(e, 'server');
      return { durationMs: Date.now() - t0, error: { kind: err.kind, message: err.message } };
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
      this.active.delete(id);
    }
  }

  async readResource(uri: string): Promise<ReadResourceResult> {
    try {
      return await this.need().readResource({ uri }, { timeout: this.limits.timeoutMs });
    } catch (e) {
      throw this.classify(e, 'server');
    }
  }

  async getPrompt(name: string, args: Record<string, string>): Promise<GetPromptResult> {
    try {
      return await this.need().getPrompt({ name, arguments: args }, { timeout: this.limits.timeoutMs });
    } catch (e) {
      throw this.classify(e, 'server');
    }
  }

  /** Cancels every running call (the SDK sends notifications/cancelled for each). */
  cancelAll(): void {
    for (const a of this.active.values()) {
      a.reason ??= new SandboxError('cancelled', 'Cancelled.');
      a.controller.abort(a.reason);
    }
  }

  private need(): Client {
    if (!this.client || this._state !== 'connected') {
      const why = this._state === 'crashed' ? this._lastError?.message ?? 'The server stopped.' : 'Not connected.';
      throw new SandboxError(this._state === 'crashed' ? 'crashed' : 'connect', why);
    }
    return this.client;
  }

  private setState(s: SessionState): void {
    if (this._state === s) return;
    this._state = s;
    for (const f of this.stateListeners) f(s);
  }

  private append(dir: LogDirection, label: string, text: string): void {
    const e: LogEntry = { seq: ++this.seq, at: Date.now(), dir, label: this.redactor.text(label), text: this.redactor.text(text.length > LOG_TEXT_LIMIT ? `${text.slice(0, LOG_TEXT_LIMIT)}… (${text.length} characters)` : text) };
    this.log.push(e);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    for (const f of this.logListeners) f(e);
  }

  private logMessage(dir: 'in' | 'out', m: JSONRPCMessage): void {
    let label: string;
    if ('method' in m && 'id' in m) label = `${m.method} #${String(m.id)}`;
    else if ('method' in m) label = m.method;
    else if ('error' in m) label = `error #${String(m.id)}`;
    else label = `response #${String((m as { id?: unknown }).id)}`;
    let text: string;
    try {
      text = JSON.stringify(m);
    } catch {
      text = '(unserialisable message)';
    }
    this.append(dir, label, text);
  }

  /** Wraps a transport so that every message in and out reaches the log. */
  private logged(inner: Transport, gen: number): Transport {
    const self = this;
    const outer: Transport = {
      async start() {
        inner.onmessage = (m, extra) => {
          if (gen === self.generation) self.logMessage('in', m);
          outer.onmessage?.(m, extra);
        };
        inner.onerror = (e) => outer.onerror?.(e);
        inner.onclose = () => {
          if (gen === self.generation) self.onTransportClosed();
          outer.onclose?.();
        };
        await inner.start();
      },
      async send(m, options) {
        self.logMessage('out', m);
        await inner.send(m, options);
      },
      close: () => inner.close(),
      get sessionId() {
        return inner.sessionId;
      },
      setProtocolVersion: (v) => inner.setProtocolVersion?.(v),
    };
    return outer;
  }

  private onTransportClosed(): void {
    if (this._state === 'connected') {
      const how = this.exit ? (this.exit.signal ? `was killed (${this.exit.signal})` : `exited with code ${this.exit.code}`) : 'closed the connection';
      const tail = this.stderrTail.length ? ` Last stderr: ${this.stderrTail.slice(-3).join(' | ')}` : '';
      this._lastError = { kind: 'crashed', message: this.redactor.text(`The server ${how}.${tail}`) };
      this.append('error', 'server stopped', this._lastError.message);
      this.client = undefined;
      this.setState('crashed');
    }
  }

  private onOversize(bytes: number): void {
    const mb = (this.limits.outputCapBytes / 1024 / 1024).toFixed(1);
    const msg = `The server sent a message of ${bytes > 0 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : 'more than the cap'}, over the ${mb} MB output cap (mcpWarden.sandbox.outputCapMB); it was discarded.`;
    this.append('error', 'output cap', msg);
    for (const a of this.active.values()) {
      a.reason ??= new SandboxError('oversize', msg);
      a.controller.abort(a.reason);
    }
  }

  private makeStdio(c: Extract<ServerConfig, { kind: 'stdio' }>, gen: number): Transport {
    const env = scrubEnv(this.o.parentEnv ?? process.env, { ...c.env, ...(this.o.secrets?.env ?? {}) }, this.o.envAllowList);
    const t = new CappedStdioTransport({
      command: c.command,
      args: c.args,
      cwd: c.cwd,
      env,
      maxMessageBytes: this.limits.outputCapBytes,
      onStderr: (line) => {
        if (gen !== this.generation) return;
        this.stderrTail.push(this.redactor.text(line).slice(0, 300));
        if (this.stderrTail.length > 20) this.stderrTail.shift();
        this.append('stderr', 'stderr', line);
      },
      onMalformed: (text, reason) => {
        if (gen === this.generation) this.append('error', `malformed message (${reason})`, text);
      },
      onOversize: (n) => {
        if (gen === this.generation) this.onOversize(n);
      },
      onExit: (code, signal) => {
        this.exit = { code, signal };
      },
    });
    this.stdio = t;
    return t;
  }

  private makeHttp(c: Extract<ServerConfig, { kind: 'http' | 'sse' }>, gen: number): Transport {
    let url: URL;
    try {
      url = new URL(c.url);
    } catch {
      throw new SandboxError('invalid', `Not a URL: ${c.url}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SandboxError('invalid', `Only http:// and https:// URLs are supported (got ${url.protocol}).`);
    const s = this.o.secrets ?? {};
    const cap = this.limits.outputCapBytes;
    const fetchImpl = async (input: string | URL, init?: RequestInit): Promise<Response> => {
      const headers = new Headers(init?.headers);
      for (const [k, v] of Object.entries(s.headers ?? {})) headers.set(k, v);
      if (s.bearerToken) headers.set('Authorization', `Bearer ${s.bearerToken}`);
      // Redirects are not followed: a redirect to another origin would carry the token there.
      const res = await fetch(input, { ...init, headers, redirect: 'manual' });
      if (gen === this.generation) this.httpStatus = res.status;
      if (res.status >= 300 && res.status < 400) {
        throw new SandboxError('connect', `The server answered ${res.status} (a redirect); redirects are not followed so that credentials stay with the configured URL.`);
      }
      if (!res.body || res.status === 204) return res;
      const body = res.body.pipeThrough(capStream(cap, (n) => gen === this.generation && this.onOversize(n)));
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    };
    if (c.kind === 'sse') return new SSEClientTransport(url, { fetch: fetchImpl, eventSourceInit: { fetch: fetchImpl } });
    return new StreamableHTTPClientTransport(url, { fetch: fetchImpl });
  }

  /** Sorts an error into a kind and a message a person can act on (never a stack trace). */
  private classify(e: unknown, fallback: ErrorKind): SandboxError {
    if (e instanceof SandboxError) return new SandboxError(e.kind, this.redactor.text(e.message));
    const msg = this.redactor.text(e instanceof Error ? e.message : String(e));
    if (this.httpStatus === 401 || this.httpStatus === 403) {
      const hasAuth = !!(this.o.secrets?.bearerToken || Object.keys(this.o.secrets?.headers ?? {}).length);
      return new SandboxError('auth', hasAuth
        ? `Authentication failed: the server answered ${this.httpStatus} to the token or headers set for it. Update them with "Set auth…".`
        : `Authentication required: the server answered ${this.httpStatus}. Set a bearer token or headers with "Set auth…".`);
    }
    if (e instanceof McpError) {
      if (e.code === ErrorCode.RequestTimeout) return new SandboxError('timeout', `No answer within ${Math.round(this.limits.timeoutMs / 1000)} s (mcpWarden.sandbox.timeoutSeconds); the request was cancelled.`);
      if (e.code === ErrorCode.ConnectionClosed) {
        if (this._lastError?.kind === 'crashed') return new SandboxError('crashed', this._lastError.message);
        const how = this.exit ? (this.exit.signal ? `was killed (${this.exit.signal})` : `exited with code ${this.exit.code}`) : 'closed the connection';
        const tail = this.stderrTail.length ? ` Last stderr: ${this.stderrTail.slice(-3).join(' | ')}` : '';
        return new SandboxError('crashed', `The server ${how}.${tail}`);
      }
      return new SandboxError(fallback === 'connect' ? 'connect' : 'server', msg);
    }
    if (e instanceof Error && (e.name === 'AbortError' || /abort/i.test(e.message))) return new SandboxError('cancelled', 'Cancelled.');
    if (/ECONNREFUSED|fetch failed/.test(msg)) return new SandboxError('connect', `Could not reach the server (${msg}). Is it running?`);
    if (this.exit) {
      const tail = this.stderrTail.length ? ` Last stderr: ${this.stderrTail.slice(-3).join(' | ')}` : '';
      return new SandboxError('crashed', `The server exited with code ${this.exit.code ?? this.exit.signal} before answering.${tail}`);
    }
    return new SandboxError(fallback, msg);
  }
}

async function pages<T>(get: (cursor?: string) => Promise<[T[], string | undefined]>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 50; i++) {
    const [items, next] = await get(cursor);
    all.push(...items);
    if (!next || next === cursor) break;
    cursor = next;
  }
  return all;
}

/**
 * Passes a response body through, counting bytes since the last blank line (one SSE event, or
 * the whole body of a JSON response); past `cap` the stream errors and onOversize is called.
 */
function capStream(cap: number, onOversize: (bytes: number) => void): TransformStream<Uint8Array, Uint8Array> {
  let count = 0;
  let prev = 0;
  return new TransformStream({
    transform(chunk, ctl) {
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        count++;
        if (b === 0x0a && prev === 0x0a) count = 0;
        if (b !== 0x0d) prev = b;
      }
      if (count > cap) {
        onOversize(count);
        ctl.error(new SandboxError('oversize', 'output cap exceeded'));
        return;
      }
      ctl.enqueue(chunk);
    },
  });
}
