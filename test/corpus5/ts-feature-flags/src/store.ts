// SQLite-backed flag store.
import Database from "better-sqlite3";

export interface Flag {
  key: string;
  enabled: number;
  rollout: number;
  rule: string | null;
  updated_at: string;
}

const db = new Database(process.env.FLAGS_DB ?? "flags.db");
db.pragma("journal_mode = WAL");
db.exec(`CREATE TABLE IF NOT EXISTS flags (
  key TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL DEFAULT 0,
  rollout INTEGER NOT NULL DEFAULT 0,
  rule TEXT,
  updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)`);

const byKey = db.prepare<[string], Flag>("SELECT * FROM flags WHERE key = ?");

export function getFlag(key: string): Flag | undefined {
  // ok: tool-input-to-sql
  return byKey.get(key);
}

export function setRollout(key: string, percent: number): number {
  // ok: tool-input-to-sql
  const info = db.prepare("UPDATE flags SET rollout = @percent, updated_at = CURRENT_TIMESTAMP WHERE key = @key").run({ key, percent });
  return info.changes;
}

export function searchFlags(prefix: string, onlyEnabled: boolean): Flag[] {
  let sql = `SELECT * FROM flags WHERE key LIKE '${prefix}%'`;
  if (onlyEnabled) sql += " AND enabled = 1";
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all() as Flag[];
}

export function allFlags(): Flag[] {
  return db.prepare("SELECT * FROM flags ORDER BY key").all() as Flag[];
}
