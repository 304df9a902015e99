import knexFactory from "knex";
import { QueryBuilder } from "./query.js";

const knex = knexFactory({ client: "pg", connection: process.env.YARD_DB_URL });

export interface SlotFilter {
  block?: string;
  bay?: number;
  reefer?: boolean;
}

export async function containersByOwner(owner: string, status: string) {
  const sql = new QueryBuilder("containers").where("owner_code", owner).where("status", status).limit(200).toSql();
  // ruleid: tool-input-to-sql
  const { rows } = await knex.raw(sql);
  return rows;
}

export async function searchMoves(condition: string) {
  const sql = new QueryBuilder("crane_moves").whereRaw(condition).toSql();
  // ruleid: tool-input-to-sql
  return (await knex.raw(sql)).rows;
}

export async function slotOccupancy(filter: SlotFilter) {
  // ok: tool-input-to-sql
  return knex("slots").where({ ...filter }).select("block", "bay", "row", "tier", "container_no");
}

export async function dwellTime(containerNo: string) {
  // ok: tool-input-to-sql
  const { rows } = await knex.raw("SELECT gate_in, gate_out, gate_out - gate_in AS dwell FROM visits WHERE container_no = ?", [containerNo]);
  return rows;
}
