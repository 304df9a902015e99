// ClickHouse queries for product analytics.
import { createClient } from "@clickhouse/client";

export const ch = createClient({
  url: process.env.CLICKHOUSE_URL ?? "http://localhost:8123",
  username: process.env.CLICKHOUSE_USER ?? "readonly",
  password: process.env.CLICKHOUSE_PASSWORD ?? "",
  database: "analytics",
  request_timeout: 30_000,
});

const SORTABLE: Record<string, string> = {
  count: "c DESC",
  users: "u DESC",
  name: "event ASC",
};

export async function eventCounts(days: number, sort: string) {
  const order = SORTABLE[sort] ?? SORTABLE.count;
  const query = `SELECT event, count() AS c, uniq(user_id) AS u FROM events WHERE ts > now() - INTERVAL {days:UInt16} DAY GROUP BY event ORDER BY ${order} LIMIT 100`;
  // ok: tool-input-to-sql
  const rs = await ch.query({ query, query_params: { days }, format: "JSONEachRow" });
  return rs.json();
}

export async function funnel(steps: string[], days: number) {
  const query =
    "SELECT level, count() AS users FROM (SELECT user_id, windowFunnel(86400)(ts, event = {s0:String}, event = {s1:String}, event = {s2:String}) AS level " +
    "FROM events WHERE ts > now() - INTERVAL {days:UInt16} DAY GROUP BY user_id) GROUP BY level ORDER BY level";
  const query_params = { s0: steps[0], s1: steps[1] ?? "", s2: steps[2] ?? "", days };
  // ok: tool-input-to-sql
  const rs = await ch.query({ query, query_params, format: "JSONEachRow" });
  return rs.json();
}

export async function eventsForUser(userId: string, event?: string) {
  const where = event ? `user_id = '${userId}' AND event = '${event}'` : `user_id = '${userId}'`;
  // ruleid: tool-input-to-sql
  const rs = await ch.query({ query: `SELECT ts, event, props FROM events WHERE ${where} ORDER BY ts DESC LIMIT 200`, format: "JSONEachRow" });
  return rs.json();
}

export async function topPages(path: string, groupBy: string) {
  // ruleid: tool-input-to-sql
  const rs = await ch.query({ query: `SELECT ${groupBy}, count() AS views FROM pageviews WHERE path = {path:String} GROUP BY ${groupBy} ORDER BY views DESC LIMIT 50`, query_params: { path }, format: "JSONEachRow" });
  return rs.json();
}
