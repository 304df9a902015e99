import Database from "better-sqlite3";

export interface ScheduleRow {
  member: string;
  due: number;
  paid: number;
}

export class GroupLedger {
  private db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: false });
  }

  schedule(groupId: string, week: number): ScheduleRow[] {
    const stmt = this.db.prepare(
      "SELECT m.name AS member, r.due, r.paid FROM repayments r JOIN members m ON m.id = r.member_id WHERE r.group_id = @groupId AND r.week = @week",
    );
    // ok: tool-input-to-sql
    return stmt.all({ groupId, week }) as ScheduleRow[];
  }

  arrears(groupId: string): number {
    const row = this.db.prepare(`SELECT SUM(due - paid) AS owed FROM repayments WHERE group_id = '${groupId}'`).get() as { owed: number };
    return row.owed ?? 0;
  }
}
