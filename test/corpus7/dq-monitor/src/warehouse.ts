import { QueryTypes, Sequelize } from "sequelize";

export const sequelize = new Sequelize(process.env.DQ_WAREHOUSE_URL ?? "postgres://dq@localhost/warehouse", { logging: false });

export async function sampleColumn(table: string, column: string, limit: number): Promise<unknown[]> {
  // ruleid: tool-input-to-sql
  const rows = await sequelize.query(`SELECT "${column}" AS v FROM ${table} ORDER BY random() LIMIT ${limit}`, { type: QueryTypes.SELECT });
  return (rows as { v: unknown }[]).map((r) => r.v);
}

export async function freshness(schema: string, table: string): Promise<unknown> {
  // ok: tool-input-to-sql
  const [row] = await sequelize.query("SELECT max(last_autoanalyze) AS analysed, n_live_tup AS rows FROM pg_stat_user_tables WHERE schemaname = :schema AND relname = :table GROUP BY n_live_tup", { replacements: { schema, table }, type: QueryTypes.SELECT });
  return row;
}
