import pg from "pg";

const pool = new pg.Pool({
  host: process.env.PGHOST ?? "localhost",
  database: "parking",
  user: process.env.PGUSER,
  password: process.env.PGPASSWORD,
});

export async function query(text, values = []) {
  const { rows } = await pool.query(text, values);
  return rows;
}

export function rawQuery(sqlText) {
  // ruleid: tool-input-to-sql
  return pool.query(sqlText).then((r) => r.rows);
}
