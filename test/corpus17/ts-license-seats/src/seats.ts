import Database from "better-sqlite3";

const db = new Database(process.env.SEATS_DB ?? "./seats.sqlite");
db.pragma("journal_mode = WAL");

export interface Seat {
  id: number;
  vendor: string;
  product: string;
  email: string;
  last_active: string | null;
}

export function seatsFor(vendor: string, product?: string): Seat[] {
  if (product) {
    // ok: tool-input-to-sql
    return db.prepare("SELECT * FROM seats WHERE vendor = ? AND product = ?").all(vendor, product) as Seat[];
  }
  return db.prepare("SELECT * FROM seats WHERE vendor = ?").all(vendor) as Seat[];
}

export async function reclaim(email: string, vendor: string): Promise<number> {
  // ok: tool-input-to-sql
  const info = db.prepare("DELETE FROM seats WHERE email = $email AND vendor = $vendor").run({ email, vendor });
  return info.changes;
}

export async function usageOf(user: string, column: string): Promise<unknown> {
  // ruleid: tool-input-to-sql
  return db.prepare(`SELECT ${column} FROM usage_stats WHERE email = '${user}'`).get();
}

export function setCustomFields(seatId: number, fields: Record<string, unknown>) {
  const assignments = Object.keys(fields).map((k) => `${k} = ?`).join(", ");
  // ruleid: tool-input-to-sql
  db.prepare(`UPDATE seats SET ${assignments} WHERE id = ?`).run(...Object.values(fields), seatId);
}

export function addNote(seatId: number, note: string) {
  db.exec("CREATE TABLE IF NOT EXISTS seat_notes (seat_id INTEGER, note TEXT, at TEXT)");
  // ok: tool-input-to-sql
  db.prepare("INSERT INTO seat_notes VALUES (?, ?, datetime('now'))").run(seatId, note);
}

export function utilisation(): Array<{ vendor: string; used: number; total: number }> {
  return db.prepare("SELECT vendor, SUM(active) AS used, COUNT(*) AS total FROM seats GROUP BY vendor").all() as Array<{ vendor: string; used: number; total: number }>;
}
