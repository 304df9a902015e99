import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { PrismaClient, Prisma } from "@prisma/client";
import postgres from "postgres";
import { z } from "zod";

const prisma = new PrismaClient();
const sql = postgres(process.env.ANALYTICS_URL!);

const server = new McpServer({ name: "analytics", version: "0.7.0" });

const METRICS = ["signups", "logins", "purchases"] as const;

server.registerTool(
  "events_for_user",
  { description: "Raw events of a user", inputSchema: { userId: z.string(), since: z.string().optional() } },
  async ({ userId, since }) => {
    const where = since ? `AND created_at >= '${since}'` : "";
    const rows = await prisma.$queryRawUnsafe(`SELECT * FROM events WHERE user_id = '${userId}' ${where} ORDER BY created_at DESC LIMIT 100`); // FLAW tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

server.registerTool(
  "events_for_user_safe",
  { description: "Raw events of a user (parameterised)", inputSchema: { userId: z.string() } },
  async ({ userId }) => {
    const rows = await prisma.$queryRaw`SELECT * FROM events WHERE user_id = ${userId} ORDER BY created_at DESC LIMIT 100`; // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

server.registerTool(
  "purge_events",
  { description: "Delete events older than a date for a tenant", inputSchema: { tenant: z.string(), before: z.string() } },
  async ({ tenant, before }) => {
    const n = await prisma.$executeRawUnsafe(`DELETE FROM events WHERE tenant = '${tenant}' AND created_at < '${before}'`); // FLAW tool-input-to-sql
    return { content: [{ type: "text", text: `${n} events deleted` }] };
  }
);

server.registerTool(
  "purge_events_bound",
  { description: "Delete events older than a date (bound)", inputSchema: { tenant: z.string(), before: z.string() } },
  async ({ tenant, before }) => {
    const n = await prisma.$executeRawUnsafe("DELETE FROM events WHERE tenant = $1 AND created_at < $2", tenant, before); // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: `${n} events deleted` }] };
  }
);

server.registerTool(
  "metric_daily",
  { description: "Daily counts of a metric", inputSchema: { metric: z.enum(METRICS), days: z.number().int().min(1).max(365) } },
  async ({ metric, days }) => {
    const rows = await sql.unsafe(`SELECT day, count FROM daily_${metric} WHERE day > now() - interval '${days} days'`); // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

server.registerTool(
  "top_pages",
  { description: "Top pages for a site", inputSchema: { site: z.string(), limit: z.number().int().default(10) } },
  async ({ site, limit }) => {
    const rows = await sql`SELECT path, views FROM pageviews WHERE site = ${site} ORDER BY views DESC LIMIT ${limit}`; // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

server.registerTool(
  "custom_report",
  { description: "Run a custom aggregation", inputSchema: { groupBy: z.string(), table: z.string() } },
  async ({ groupBy, table }) => {
    const query = ["SELECT", groupBy + ",", "count(*) FROM", table, "GROUP BY", groupBy].join(" ");
    const rows = await sql.unsafe(query); // FLAW tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

server.registerTool(
  "search_users",
  { description: "Search users by name", inputSchema: { name: z.string() } },
  async ({ name }) => {
    const rows = await prisma.$queryRaw(Prisma.sql`SELECT id, name FROM users WHERE name ILIKE ${"%" + name + "%"}`); // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }
);

await server.connect(new StdioServerTransport());
