// Web-analytics reports from an exported Umami dataset in DuckDB (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import duckdb from "duckdb";
import { z } from "zod";

const db = new duckdb.Database(process.env.ANALYTICS_DB ?? "analytics.duckdb", { access_mode: "READ_ONLY" });
const con = db.connect();

const all = (sql, ...params) =>
  new Promise((resolve, reject) => con.all(sql, ...params, (err, rows) => (err ? reject(err) : resolve(rows))));

const METRICS = { views: "count(*)", visitors: "count(DISTINCT session_id)", bounce: "avg(CASE WHEN pages = 1 THEN 1 ELSE 0 END)" };

const server = new McpServer({ name: "duckdb-reports", version: "0.3.2" });

server.tool(
  "pageviews_by_day",
  "Daily page views for a website between two dates.",
  { websiteId: z.string().uuid(), from: z.string().date(), to: z.string().date() },
  async ({ websiteId, from, to }) => {
    // ok: tool-input-to-sql
    const rows = await all("SELECT date_trunc('day', created_at) AS day, count(*) AS views FROM pageview WHERE website_id = ? AND created_at BETWEEN ? AND ? GROUP BY 1 ORDER BY 1", websiteId, from, to);
    return { content: [{ type: "text", text: rows.map((r) => `${String(r.day).slice(0, 10)}\t${r.views}`).join("\n") }] };
  },
);

server.tool(
  "metric_by_dimension",
  "Compute a metric grouped by a dimension (url_path, referrer_domain, country, browser).",
  { metric: z.enum(["views", "visitors", "bounce"]), dimension: z.enum(["url_path", "referrer_domain", "country", "browser"]), limit: z.number().int().min(1).max(100).default(20) },
  async ({ metric, dimension, limit }) => {
    const expr = METRICS[metric];
    // ok: tool-input-to-sql
    const rows = await all(`SELECT ${dimension} AS key, ${expr} AS value FROM sessions_flat GROUP BY 1 ORDER BY 2 DESC LIMIT ?`, limit);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "events_matching",
  "Custom events whose name matches a pattern (SQL LIKE syntax).",
  { pattern: z.string().max(200) },
  async ({ pattern }) => {
    // ruleid: tool-input-to-sql
    const rows = await all(`SELECT event_name, count(*) AS n FROM event_data WHERE event_name LIKE '${pattern}' GROUP BY 1 ORDER BY 2 DESC`);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "ad_hoc_report",
  "Run a report filtered by a WHERE clause written by the analyst, e.g. country = 'NL'.",
  { where: z.string().max(500) },
  async ({ where }) => {
    const sql = "SELECT url_path, count(*) AS views FROM pageview WHERE " + where + " GROUP BY 1 ORDER BY 2 DESC LIMIT 50";
    // ruleid: tool-input-to-sql
    const rows = await all(sql);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

await server.connect(new StdioServerTransport());
