import Database from "better-sqlite3";

const db = new Database(process.env.CLUB_DB ?? "./club.db", { readonly: false });

export interface Member {
  id: number;
  name: string;
  rating: number;
  fide_id: string | null;
}

export function getMember(id: number): Member | undefined {
  // ok: tool-input-to-sql
  return db.prepare("SELECT id, name, rating, fide_id FROM members WHERE id = ?").get(id) as Member | undefined;
}

export function searchMembers(name: string, order: "rating" | "name"): Member[] {
  const direction = order === "rating" ? "DESC" : "ASC";
  // ruleid: tool-input-to-sql
  return db.prepare(`SELECT id, name, rating, fide_id FROM members WHERE name LIKE '%${name}%' ORDER BY ${order} ${direction}`).all() as Member[];
}

export function deleteGame(id: number): number {
  return db.prepare("DELETE FROM games WHERE id = ?").run(id).changes;
}

export function gameStats(id: number): Record<string, unknown> | undefined {
  return db.prepare("SELECT white, black, result, eco, plies FROM games WHERE id = ?").get(id) as Record<string, unknown> | undefined;
}

export function gamePgnPath(id: number): string {
  const row = db.prepare("SELECT pgn_file FROM games WHERE id = ?").get(id) as { pgn_file: string } | undefined;
  if (!row) throw new Error(`no game ${id}`);
  return row.pgn_file;
}
