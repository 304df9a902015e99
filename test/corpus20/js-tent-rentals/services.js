import { Sequelize, QueryTypes } from "sequelize";
import { readFile } from "node:fs/promises";
import { resolve, relative, isAbsolute } from "node:path";

const sequelize = new Sequelize(process.env.RENTALS_DB_URL, { logging: false });
const PLANS = resolve(process.env.PLAN_DIR ?? "/srv/tents/plans");
const SIZES = ["10x10", "20x20", "20x40", "40x60"];

export const inventory = {
  async stockFor(size) {
    if (!SIZES.includes(size)) throw new Error("unknown tent size");
    // ok: tool-input-to-sql
    return sequelize.query(`SELECT COUNT(*) AS free FROM tents WHERE size = '${size}' AND status = 'in_yard'`, { type: QueryTypes.SELECT });
  },
};

export const reservations = {
  async forVenue(filter) {
    const sql = `SELECT * FROM reservations WHERE venue = '${filter.venue}' AND event_date >= '${filter.from}'`;
    // ruleid: tool-input-to-sql
    return sequelize.query(sql, { type: QueryTypes.SELECT });
  },
  async forVenueSafe(filter) {
    // ok: tool-input-to-sql
    return sequelize.query("SELECT * FROM reservations WHERE venue = :venue AND event_date >= :from", { replacements: filter, type: QueryTypes.SELECT });
  },
};

export async function floorPlan(plan) {
  const full = resolve(PLANS, plan);
  const rel = relative(PLANS, full);
  if (rel.startsWith("..") || isAbsolute(rel)) throw new Error("plan outside the plans folder");
  // ok: tool-input-to-path
  return readFile(full, "utf8");
}
