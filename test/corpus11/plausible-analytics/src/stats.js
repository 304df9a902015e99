"use strict";
const knex = require("knex");

const db = knex({
  client: "pg",
  connection: process.env.PLAUSIBLE_DB_URL || "postgres://plausible@127.0.0.1/plausible_events",
  pool: { min: 0, max: 5 },
});

const METRIC_SQL = {
  visitors: "COUNT(DISTINCT user_id)",
  pageviews: "COUNT(*) FILTER (WHERE name = 'pageview')",
  bounce_rate: "AVG(CASE WHEN is_bounce THEN 1 ELSE 0 END)",
};

async function topPages(siteId, since, limit) {
  // ok: tool-input-to-sql
  return db.raw("SELECT pathname, COUNT(*) AS views FROM events WHERE site_id = ? AND timestamp >= ? GROUP BY pathname ORDER BY views DESC LIMIT ?", [siteId, since, limit]);
}

async function metric(siteId, metricName) {
  const expr = METRIC_SQL[metricName];
  if (!expr) throw new Error(`unknown metric ${metricName}`);
  // ok: tool-input-to-sql
  return db.raw(`SELECT ${expr} AS value FROM events WHERE site_id = ?`, [siteId]);
}

async function breakdown(siteId, property) {
  // ruleid: tool-input-to-sql
  return db.raw(`SELECT ${property} AS key, COUNT(*) AS n FROM events WHERE site_id = ${Number(siteId)} GROUP BY 1 ORDER BY n DESC LIMIT 100`);
}

async function goalsMatching(siteId, filter) {
  // ruleid: tool-input-to-sql
  return db("goals").where("site_id", siteId).whereRaw(`event_name ILIKE '%${filter}%'`).select("id", "event_name");
}

module.exports = { topPages, metric, breakdown, goalsMatching, db };
