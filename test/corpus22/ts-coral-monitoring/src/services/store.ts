import { Sequelize, QueryTypes } from "sequelize";

export const sequelize = new Sequelize(process.env.CORAL_DB_URL ?? "postgres://coral@localhost/coral", { logging: false });

export async function bleachingRows(site: string, minSeverity: number, orderBy: string) {
  const sql = `SELECT colony_id, severity, observed_at FROM bleaching WHERE site = '${site}' AND severity >= ${minSeverity} ORDER BY ${orderBy}`;
  // ruleid: tool-input-to-sql
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}

export async function quadratStats(site: string, year: number) {
  // ok: tool-input-to-sql
  return sequelize.query("SELECT quadrat, avg(cover_pct) AS cover FROM quadrats WHERE site = :site AND extract(year from surveyed_on) = :year GROUP BY quadrat", { replacements: { site, year }, type: QueryTypes.SELECT });
}

export async function saveTransect(site: string, data: unknown) {
  // ok: tool-input-to-sql
  await sequelize.query("INSERT INTO transects (site, data) VALUES ($1, $2)", { bind: [site, JSON.stringify(data)] });
}
