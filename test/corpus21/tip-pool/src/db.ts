import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.TIPPOOL_DATABASE_URL });

export class QueryBuilder {
  private clauses: string[] = [];
  private cols = "*";

  constructor(private readonly table: string) {}

  select(cols: string[]) {
    this.cols = cols.join(", ");
    return this;
  }

  where(column: string, value: string) {
    this.clauses.push(`${column} = '${value}'`);
    return this;
  }

  toSql(): string {
    const where = this.clauses.length ? ` WHERE ${this.clauses.join(" AND ")}` : "";
    return `SELECT ${this.cols} FROM ${this.table}${where}`;
  }
}

export async function hoursForShift(venue: string, date: string) {
  // ok: tool-input-to-sql
  const res = await pool.query("SELECT staff_id, hours, role FROM shifts WHERE venue = $1 AND shift_date = $2", [venue, date]);
  return res.rows as { staff_id: string; hours: number; role: string }[];
}
