// A stdio transport for the MCP SDK Client with the sandbox's limits built in: the server runs
// with a scrubbed environment and no shell; each line of stdout is one JSON-RPC message, capped
// in size (an oversized line is skipped without being buffered whole); lines that are not
// JSON-RPC are reported and skipped; stderr is passed on line by line; the exit is reported.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export interface StdioOptions {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd?: string;
  maxMessageBytes: number;
  onStderr?: (line: string) => void;
  /** A line of stdout that is not a JSON-RPC message (cut to 2,000 characters). */
  onMalformed?: (text: string, reason: string) => void;
  /** A message larger than maxMessageBytes was skipped. */
  onOversize?: (bytes: number) => void;
  onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;
}

export class CappedStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private child?: ChildProcess;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Bytes of the current line skipped because it is over the cap (0 when not skipping). */
  private skipping = 0;
  private stderrRest = '';
  private closed = false;

  constructor(private readonly o: StdioOptions) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      let child: ChildProcess;
      try {
        child = spawn(this.o.command, this.o.args, {
          cwd: this.o.cwd,
          env: this.o.env,
          stdio: ['pipe', 'pipe', 'pipe'],
          shell: false,
          windowsHide: true,
        });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      this.child = child;
      let started = false;
      child.once('spawn', () => {
        started = true;
        resolve();
      });
      child.once('error', (e) => {
        if (!started) reject(new Error(`could not start ${this.o.command}: ${e.message}`));
        else this.onerror?.(e);
      });
      child.once('close', (code, signal) => {
        this.flushStderr();
        this.o.onExit?.(code, signal);
        this.finish();
      });
      child.stdin?.on('error', (e) => this.onerror?.(e));
      child.stdout?.on('data', (b: Buffer) => this.onStdout(b));
      child.stderr?.setEncoding('utf8');
      child.stderr?.on('data', (s: string) => this.onStderrData(s));
    });
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      const stdin = this.child?.stdin;
      if (!stdin || this.closed || stdin.destroyed) {
        reject(new Error('the server is not running'));
        return;
      }
      stdin.write(JSON.stringify(message) + '\n', (e) => (e ? reject(e) : resolve()));
    });
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.closed) return;
    child.stdin?.end();
    const exited = new Promise<void>((r) => child.once('close', () => r()));
    const t1 = setTimeout(() => child.kill('SIGTERM'), 1_000);
    const t2 = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 4_000))]);
    clearTimeout(t1);
    clearTimeout(t2);
    this.finish();
  }

  /** Kills the server at once (used when it hangs or floods). */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.chunks = [];
    this.onclose?.();
  }

  private onStdout(b: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = b.indexOf(0x0a, start);
      const end = nl === -1 ? b.length : nl;
      const piece = b.subarray(start, end);
      if (this.skipping > 0) this.skipping += piece.length;
      else if (this.buffered + piece.length > this.o.maxMessageBytes) {
        // Over the cap: drop what we have and skip to the end of the line.
        this.skipping = this.buffered + piece.length;
        this.chunks = [];
        this.buffered = 0;
      } else if (piece.length) {
        this.chunks.push(piece);
        this.buffered += piece.length;
      }
      if (nl === -1) return;
      if (this.skipping > 0) {
        const n = this.skipping;
        this.skipping = 0;
        this.o.onOversize?.(n);
      } else {
        const line = Buffer.concat(this.chunks).toString('utf8');
        this.chunks = [];
        this.buffered = 0;
        this.onLine(line.replace(/\r$/, ''));
      }
      start = nl + 1;
    }
  }

  private onLine(line: string): void {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.o.onMalformed?.(line.slice(0, 2_000), 'not JSON');
      return;
    }
    const r = JSONRPCMessageSchema.safeParse(parsed);
    if (!r.success) {
      this.o.onMalformed?.(line.slice(0, 2_000), 'not a JSON-RPC 2.0 message');
      return;
    }
    try {
      this.onmessage?.(r.data);
    } catch (e) {
      this.onerror?.(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private onStderrData(s: string): void {
    const text = this.stderrRest + s;
    const lines = text.split(/\r?\n/);
    this.stderrRest = lines.pop() ?? '';
    if (this.stderrRest.length > 8_192) {
      lines.push(this.stderrRest);
      this.stderrRest = '';
    }
    for (const l of lines) this.o.onStderr?.(l.slice(0, 8_192));
  }

  private flushStderr(): void {
    if (this.stderrRest) this.o.onStderr?.(this.stderrRest.slice(0, 8_192));
    this.stderrRest = '';
  }
}
