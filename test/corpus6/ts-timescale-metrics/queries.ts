import Knex from "knex";

export const knex = Knex({ client: "pg", connection: process.env.TSDB_URL, pool: { min: 0, max: 4 } });

export const METRIC_TABLES: Record<string, string> = {
  cpu: "metrics_cpu",
  memory: "metrics_mem",
  disk_io: "metrics_disk",
  net_rx: "metrics_net_rx",
  net_tx: "metrics_net_tx",
};

export async function downsample(table: string, host: string, interval: string) {
  const bucketExpr = `time_bucket(INTERVAL '${interval}', ts)`;
  // ruleid: tool-input-to-sql
  const result = await knex.raw(`SELECT ${bucketExpr} AS t, max(value) AS peak FROM ${table} WHERE host = '${host}' GROUP BY 1 ORDER BY 1`);
  return result.rows;
}
