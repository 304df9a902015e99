import Database from "better-sqlite3";

// Each unit keeps its own bed table (legacy schema from the 2014 migration).
const UNIT_TABLES: Record<string, string> = {
  icu: "icu_beds",
  surgical: "surgical_beds",
  maternity: "maternity_beds",
  general: "general_beds",
};

export interface BedRow {
  id: number;
  ward: string;
  label: string;
  status: string;
}

export class BedRepository {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
  }

  findByWard(ward: string, status?: string): BedRow[] {
    const clauses = [`ward = '${ward}'`];
    if (status) clauses.push(`status = '${status}'`);
    const sql = `SELECT id, ward, label, status FROM beds WHERE ${clauses.join(" AND ")} ORDER BY label`;
    // ruleid: tool-input-to-sql
    return this.db.prepare(sql).all() as BedRow[];
  }

  history(bedId: number, since: string) {
    // ok: tool-input-to-sql
    return this.db.prepare("SELECT at, from_status, to_status, actor FROM bed_events WHERE bed_id = ? AND at >= ? ORDER BY at").all(bedId, since);
  }

  occupancy(unit: string, ward: string) {
    const table = UNIT_TABLES[unit] ?? "general_beds";
    // ok: tool-input-to-sql
    return this.db.prepare(`SELECT status, COUNT(*) AS n FROM ${table} WHERE ward = ? GROUP BY status`).all(ward);
  }

  searchNotes(bedId: number, search: string) {
    const pattern = "%" + search + "%";
    // ruleid: tool-input-to-sql
    return this.db.prepare("SELECT at, author, note FROM bed_notes WHERE bed_id = " + bedId + " AND note LIKE '" + pattern + "'").all();
  }

  release(bedId: number, reason: string): number {
    const tx = this.db.transaction(() => {
      this.db.prepare("DELETE FROM bed_assignments WHERE bed_id = ?").run(bedId);
      this.db.prepare("INSERT INTO bed_events (bed_id, at, to_status, actor, reason) VALUES (?, datetime('now'), 'cleaning', 'mcp', ?)").run(bedId, reason);
    });
    tx();
    return bedId;
  }
}
