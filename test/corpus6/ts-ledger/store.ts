import sqlite3 from "sqlite3";

const db = new sqlite3.Database(process.env.LEDGER_DB ?? "ledger.db");

export function all(sql: string, params: unknown[] = []): Promise<any[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

export function run(sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve())));
}
