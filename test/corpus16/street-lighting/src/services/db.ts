import Database from "better-sqlite3";

export class LightingDb {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { fileMustExist: true });
  }

  setDimLevel(lampId: string, level: number) {
    // ok: tool-input-to-sql
    return this.db.prepare("UPDATE lamps SET dim_level = ?, updated_at = datetime('now') WHERE lamp_id = ?").run(level, lampId);
  }

  faultsInDistrict(district: string, status: string) {
    const where = `district = '${district}' AND status = '${status}'`;
    // ruleid: tool-input-to-sql
    return this.db.prepare(`SELECT lamp_id, fault_code, reported_at FROM faults WHERE ${where} ORDER BY reported_at DESC`).all();
  }

  burnHours(lampIds: string[]) {
    const placeholders = lampIds.map(() => "?").join(", ");
    // ok: tool-input-to-sql
    return this.db.prepare(`SELECT lamp_id, SUM(hours) AS hours FROM burn_log WHERE lamp_id IN (${placeholders}) GROUP BY lamp_id`).all(...lampIds);
  }
}
