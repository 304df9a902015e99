import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Client } from "pg";
import { z } from "zod";
import { downsample, knex, METRIC_TABLES } from "./queries.js";

const client = new Client({ connectionString: process.env.TSDB_URL });
await client.connect();

const server = new McpServer({ name: "timescale-metrics", version: "1.0.0" });

const metric = z.enum(["cpu", "memory", "disk_io", "net_rx", "net_tx"]);

server.tool(
  "bucketed",
  "Average of a metric per time bucket for one host.",
  { metric, host: z.string().max(128), bucket: z.string().default("5 minutes"), hours: z.number().int().min(1).max(168) },
  async ({ metric, host, bucket, hours }) => {
    const table = METRIC_TABLES[metric];
    const sql = "SELECT time_bucket('" + bucket + "', ts) AS t, avg(value) FROM " + table + " WHERE host = $1 AND ts > now() - make_interval(hours => $2) GROUP BY t ORDER BY t";
    // ruleid: tool-input-to-sql
    const { rows } = await client.query(sql, [host, hours]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "latest",
  "Latest sample of a metric for every host matching a prefix.",
  { metric, hostPrefix: z.string().max(64) },
  async ({ metric, hostPrefix }) => {
    // ok: tool-input-to-sql
    const { rows } = await client.query(`SELECT DISTINCT ON (host) host, ts, value FROM ${METRIC_TABLES[metric]} WHERE host LIKE $1 || '%' ORDER BY host, ts DESC`, [hostPrefix]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "downsample",
  "Downsampled series using a continuous aggregate.",
  { metric, host: z.string(), interval: z.string() },
  async ({ metric, host, interval }) => {
    const rows = await downsample(METRIC_TABLES[metric], host, interval);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "hosts",
  "Distinct hosts seen in the last day for a metric.",
  { metric },
  async ({ metric }) => {
    // ok: tool-input-to-sql
    const rows = await knex(METRIC_TABLES[metric]).distinct("host").where("ts", ">", knex.raw("now() - interval '1 day'"));
    return { content: [{ type: "text", text: rows.map((r: { host: string }) => r.host).join("\n") }] };
  },
);

server.tool(
  "annotate",
  "Stores an annotation (deploy, incident) shown on dashboards.",
  { host: z.string(), label: z.string().max(200), at: z.string().datetime() },
  async ({ host, label, at }) => {
    // ok: tool-input-to-sql
    await knex.raw("INSERT INTO annotations (host, label, at) VALUES (?, ?, ?)", [host, label, at]);
    return { content: [{ type: "text", text: "annotation stored" }] };
  },
);

await server.connect(new StdioServerTransport());
