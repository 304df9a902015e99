// Local payments ledger in Postgres (mirrors Stripe charges for reporting).
import pg from "pg";

export const pool = new pg.Pool({
  connectionString: process.env.LEDGER_DATABASE_URL ?? "postgres://ledger@127.0.0.1:5432/ledger",
  max: 5,
});

export interface LedgerRow {
  id: string;
  customer_id: string;
  amount_cents: number;
  currency: string;
  status: string;
  created_at: Date;
}

export async function chargesForCustomer(customerId: string, limit: number): Promise<LedgerRow[]> {
  // ok: tool-input-to-sql
  const { rows } = await pool.query<LedgerRow>("SELECT * FROM charges WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2", [customerId, limit]);
  return rows;
}

export async function searchByDescription(term: string, status?: string): Promise<LedgerRow[]> {
  let sql = `SELECT * FROM charges WHERE description ILIKE '%${term}%'`;
  if (status) sql += ` AND status = '${status}'`;
  // ruleid: tool-input-to-sql
  const { rows } = await pool.query<LedgerRow>(sql);
  return rows;
}

const SORTABLE = new Set(["created_at", "amount_cents", "status"]);

export async function topCharges(orderBy: string, direction: "asc" | "desc"): Promise<LedgerRow[]> {
  const column = SORTABLE.has(orderBy) ? orderBy : "created_at";
  // ok: tool-input-to-sql
  const { rows } = await pool.query<LedgerRow>(`SELECT * FROM charges ORDER BY ${column} ${direction === "asc" ? "ASC" : "DESC"} LIMIT 20`);
  return rows;
}
