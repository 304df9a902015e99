// Translation memory (SQLite) shared by the tools.
import Database from "better-sqlite3";

const db = new Database(process.env.TM_DB ?? "translation-memory.db");
db.exec(`CREATE TABLE IF NOT EXISTS tm (
  id INTEGER PRIMARY KEY,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
)`);

const lookupStmt = db.prepare("SELECT target FROM tm WHERE source_lang = ? AND target_lang = ? AND source = ?");
const insertStmt = db.prepare("INSERT INTO tm (source_lang, target_lang, source, target) VALUES (@sl, @tl, @src, @tgt)");

export function lookup(sl: string, tl: string, source: string): string | undefined {
  // ok: tool-input-to-sql
  const row = lookupStmt.get(sl, tl, source) as { target: string } | undefined;
  return row?.target;
}

export function remember(sl: string, tl: string, src: string, tgt: string): void {
  insertStmt.run({ sl, tl, src, tgt });
}

export function fuzzy(tl: string, fragment: string, limit = 10): { source: string; target: string }[] {
  // ok: tool-input-to-sql
  return db.prepare("SELECT source, target FROM tm WHERE target_lang = ? AND source LIKE '%' || ? || '%' LIMIT ?").all(tl, fragment, limit) as { source: string; target: string }[];
}
