// Loads spreadsheets into an in-memory SQLite database, one table per sheet.
import Database from "better-sqlite3";
import * as XLSX from "xlsx";
import path from "node:path";

export const SHEETS_DIR = path.resolve(process.env.SHEETS_DIR ?? "./sheets");
export const db = new Database(":memory:");

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function tableNames(): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

export function columnsOf(table: string): string[] {
  if (!tableNames().includes(table)) throw new Error(`unknown table ${table}`);
  return (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
}

export function loadWorkbook(file: string): string[] {
  const full = path.resolve(SHEETS_DIR, file);
  if (path.relative(SHEETS_DIR, full).startsWith("..")) throw new Error("workbook must be inside the sheets folder");
  // ok: tool-input-to-path
  const wb = XLSX.readFile(full);
  const loaded: string[] = [];
  for (const sheetName of wb.SheetNames) {
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets[sheetName]);
    if (!rows.length) continue;
    const table = sheetName.replace(/\W+/g, "_").toLowerCase();
    const cols = Object.keys(rows[0]).map((c) => c.replace(/\W+/g, "_"));
    if (!IDENT.test(table) || !cols.every((c) => IDENT.test(c))) continue;
    db.exec(`DROP TABLE IF EXISTS "${table}"; CREATE TABLE "${table}" (${cols.map((c) => `"${c}"`).join(", ")})`);
    const insert = db.prepare(`INSERT INTO "${table}" VALUES (${cols.map(() => "?").join(", ")})`);
    db.transaction(() => rows.forEach((r) => insert.run(Object.values(r).map((v) => (v == null ? null : String(v))))))();
    loaded.push(table);
  }
  return loaded;
}
