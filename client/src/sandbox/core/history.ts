// Per-server history of tool calls, one JSON file per server in the extension's global storage.
// Entries hold redacted arguments and a one-line summary — never tokens, headers or env.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redactor } from './redact';

export interface HistoryEntry {
  id: string;
  at: number;
  tool: string;
  args: Record<string, unknown>;
  durationMs: number;
  status: 'ok' | 'isError' | 'failed';
  summary: string;
}

export const HISTORY_LIMIT = 100;

export class HistoryStore {
  constructor(private readonly dir: string) {}

  file(serverId: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(serverId)) throw new Error(`bad server id ${serverId}`);
    return join(this.dir, `${serverId}.json`);
  }

  async list(serverId: string): Promise<HistoryEntry[]> {
    try {
      const data = JSON.parse(await readFile(this.file(serverId), 'utf8'));
      return Array.isArray(data) ? data.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  /** Adds an entry (newest first), redacting its arguments and summary; keeps at most HISTORY_LIMIT. */
  async add(serverId: string, e: Omit<HistoryEntry, 'id' | 'at'>, redactor: Redactor): Promise<HistoryEntry> {
    const entry: HistoryEntry = { id: randomUUID(), at: Date.now(), ...e, args: redactor.json(e.args), summary: redactor.text(e.summary) };
    const all = [entry, ...(await this.list(serverId))].slice(0, HISTORY_LIMIT);
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(serverId)}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, JSON.stringify(all, null, 1), { mode: 0o600 });
    await rename(tmp, this.file(serverId));
    return entry;
  }

  async get(serverId: string, id: string): Promise<HistoryEntry | undefined> {
    return (await this.list(serverId)).find((e) => e.id === id);
  }

  async clear(serverId: string): Promise<void> {
    await rm(this.file(serverId), { force: true });
  }
}

function isEntry(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return !!e && typeof e.id === 'string' && typeof e.tool === 'string' && typeof e.at === 'number' && !!e.args && typeof e.args === 'object';
}
