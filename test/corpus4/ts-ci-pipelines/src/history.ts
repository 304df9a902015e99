// Build history cache (sqlite3, callback API wrapped in promises).
import sqlite3 from "sqlite3";

const db = new sqlite3.Database(process.env.BUILD_DB ?? "builds.sqlite");

function all<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows as T[]))));
}

export interface BuildRow {
  run_id: number;
  workflow: string;
  branch: string;
  conclusion: string;
  duration_s: number;
}

export function buildsForBranch(branch: string, limit: number): Promise<BuildRow[]> {
  // ok: tool-input-to-sql
  return all<BuildRow>("SELECT * FROM builds WHERE branch = ? ORDER BY run_id DESC LIMIT ?", [branch, limit]);
}

export function slowestBuilds(workflow: string, minSeconds: string): Promise<BuildRow[]> {
  const sql = "SELECT * FROM builds WHERE workflow = '" + workflow + "' AND duration_s > " + minSeconds + " ORDER BY duration_s DESC";
  // ruleid: tool-input-to-sql
  return all<BuildRow>(sql);
}
