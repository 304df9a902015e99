import mysql from "mysql2/promise";
import { QueryBuilder } from "./queryBuilder.js";

const pool = mysql.createPool({
  host: process.env.AUCTION_DB_HOST ?? "127.0.0.1",
  user: "auction_ro",
  password: process.env.AUCTION_DB_PASSWORD,
  database: "auction",
});

export interface LotFilter {
  saleId: number;
  keyword?: string;
  category?: string;
}

export async function searchLots(filter: LotFilter) {
  const qb = new QueryBuilder("lots").where("sale_id", filter.saleId).orderBy("lot_number");
  if (filter.category) qb.where("category", filter.category);
  if (filter.keyword) qb.whereLike("title", filter.keyword);
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(qb.toString());
  return rows;
}

export async function lotByNumber(saleId: number, lotNumber: string) {
  // ok: tool-input-to-sql
  const [rows] = await pool.execute("SELECT * FROM lots WHERE sale_id = ? AND lot_number = ?", [saleId, lotNumber]);
  return rows;
}

export async function bidHistory(lotId: number) {
  const [rows] = await pool.execute("SELECT amount, paddle, placed_at FROM bids WHERE lot_id = ? ORDER BY placed_at", [lotId]);
  return rows;
}
