import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.TYRE_DB_URL });

export async function tyresBySize(size, season) {
  // ok: tool-input-to-sql
  const { rows } = await pool.query("SELECT sku, brand, model, price_cents, stock FROM tyres WHERE size = $1 AND season = $2 ORDER BY price_cents", [size, season]);
  return rows;
}

export async function tyresByBrand(brand) {
  // ruleid: tool-input-to-sql
  const { rows } = await pool.query(`SELECT sku, brand, model, price_cents, stock FROM tyres WHERE brand ILIKE '%${brand}%'`);
  return rows;
}

export async function bookFitting(bay, slot, plate) {
  await pool.query("INSERT INTO fittings (bay, slot, plate) VALUES ($1, $2, $3)", [bay, slot, plate]);
}
