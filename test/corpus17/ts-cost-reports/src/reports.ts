import { knex, sequelize, QueryTypes, GROUPINGS } from "./db.js";

export interface ReportOptions {
  from: string;
  to: string;
  groupBy: string;
  currency: string;
  minAmount: number;
}

const defaults: ReportOptions = { from: "2024-01-01", to: "2099-01-01", groupBy: "service", currency: "USD", minAmount: 0 };

export async function spendByGroup(options: Partial<ReportOptions>) {
  const opts = { ...defaults, ...options };
  const column = GROUPINGS[opts.groupBy] ?? GROUPINGS.service;
  // ok: tool-input-to-sql
  const result = await knex.raw(`SELECT ${column} AS grp, SUM(amount) AS total FROM line_items WHERE usage_date BETWEEN ? AND ? AND currency = ? GROUP BY 1 HAVING SUM(amount) >= ? ORDER BY 2 DESC`, [opts.from, opts.to, opts.currency, opts.minAmount]);
  return result.rows as Array<{ grp: string; total: string }>;
}

export async function spendForTag(tagKey: string, tagValue: string) {
  const filter = `tags->>'${tagKey}' = '${tagValue}'`;
  // ruleid: tool-input-to-sql
  const result = await knex.raw(`SELECT service_name, SUM(amount) AS total FROM line_items WHERE ${filter} GROUP BY 1`);
  return result.rows;
}

export async function topResources(account: string, limit: number) {
  // ok: tool-input-to-sql
  return sequelize.query("SELECT resource_id, SUM(amount) AS total FROM line_items WHERE account_id = :account GROUP BY 1 ORDER BY 2 DESC LIMIT :limit", { replacements: { account, limit }, type: QueryTypes.SELECT });
}

export async function anomalies(service: string, threshold: string) {
  // ruleid: tool-input-to-sql
  return sequelize.query(`SELECT usage_date, amount FROM daily_spend WHERE service_name = '${service}' AND amount > ${threshold}`, { type: QueryTypes.SELECT });
}
