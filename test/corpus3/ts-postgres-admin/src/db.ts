import pg from "pg";

export const pool = new pg.Pool({
  host: process.env.PGHOST ?? "db.internal",
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? "reporting",
  // ruleid: hardcoded-secret
  password: "pg-Rep0rting-7f3a9c2e11",
  database: process.env.PGDATABASE ?? "app",
  // ruleid: tls-verification-disabled
  ssl: { rejectUnauthorized: false },
  max: 5,
});

export const ALLOWED_TABLES = new Set(["customers", "orders", "invoices", "products"]);

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Turns {status: "paid", region: "EU"} into a WHERE clause. */
export function whereClause(filters: Record<string, unknown>): string {
  const parts = Object.entries(filters).map(([k, v]) => `${k} = '${v}'`);
  return parts.length ? " WHERE " + parts.join(" AND ") : "";
}

export async function countRows(table: string, filters: Record<string, unknown>): Promise<number> {
  // ruleid: tool-input-to-sql
  const { rows } = await pool.query("SELECT count(*)::int AS n FROM orders" + whereClause(filters));
  return rows[0].n;
}

export async function tableColumns(table: string) {
  const { rows } = await pool.query(
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
    [table],
  );
  return rows;
}
