// Plain data types shared by the sandbox core, the VS Code glue and (through protocol.ts) the webview.

/** How to reach a server. Holds no secrets: tokens, headers and secret env live in SecretStorage (see Secrets). */
export type ServerConfig =
  | { kind: 'stdio'; name?: string; command: string; args: string[]; env: Record<string, string>; cwd?: string }
  | { kind: 'http'; name?: string; url: string }
  | { kind: 'sse'; name?: string; url: string };

/** What SecretStorage holds per server. */
export interface Secrets {
  bearerToken?: string;
  headers?: Record<string, string>;
  /** Environment variables given to a stdio server and treated as secrets. */
  env?: Record<string, string>;
}

export interface SandboxLimits {
  /** Per-call timeout in milliseconds. */
  timeoutMs: number;
  /** Largest single JSON-RPC message accepted from the server, in bytes. */
  outputCapBytes: number;
  /** Connect (initialize) timeout in milliseconds. */
  connectTimeoutMs: number;
}

export const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 60_000, outputCapBytes: 5 * 1024 * 1024, connectTimeoutMs: 20_000 };

export type LogDirection = 'out' | 'in' | 'stderr' | 'error' | 'info';

/** One line of the JSON-RPC log, already redacted. */
export interface LogEntry {
  seq: number;
  at: number;
  dir: LogDirection;
  /** The JSON-RPC method, `response #id`, or a short label. */
  label: string;
  /** The message as text (JSON for messages), redacted and cut to a displayable size. */
  text: string;
}

/** A stable id for a server config (history file name, SecretStorage key). */
export function serverId(c: ServerConfig): string {
  const key = c.kind === 'stdio' ? `stdio\u0000${c.command}\u0000${c.args.join('\u0000')}\u0000${c.cwd ?? ''}` : `${c.kind}\u0000${c.url}`;
  // FNV-1a, 64 bits as two 32-bit halves: short, stable, file-name safe.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ch, 0x811c9dc5) >>> 0;
  }
  return `${c.kind}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/** A one-line description of a server config for titles and messages. */
export function describeServer(c: ServerConfig): string {
  if (c.name) return c.name;
  return c.kind === 'stdio' ? [c.command, ...c.args].join(' ') : c.url;
}
