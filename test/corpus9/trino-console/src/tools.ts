import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Trino } from "trino-client";
import { QueryBuilder, TABLES } from "./query/builder.js";

interface Ctx {
  trino: Trino;
}

async function collect(ctx: Ctx, sql: string) {
  const rows: unknown[] = [];
  // ok: tool-input-to-sql
  const iter = await ctx.trino.query(sql);
  for await (const page of iter) rows.push(...(page.data ?? []));
  return rows;
}

export function registerQueryTools(server: McpServer, ctx: Ctx) {
  server.registerTool(
    "filter_table",
    {
      description: "Return rows of an analytics table matching a filter expression",
      inputSchema: { table: z.string(), filter: z.string(), limit: z.number().int().max(1000).default(100) },
    },
    async ({ table, filter, limit }) => {
      const sql = new QueryBuilder().from(table).where(filter).limit(limit).toSql();
      const rows = [];
      // ruleid: tool-input-to-sql
      const iter = await ctx.trino.query(sql);
      for await (const page of iter) rows.push(...(page.data ?? []));
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "daily_counts",
    {
      description: "Row counts per day for one of the known fact tables",
      inputSchema: { dataset: z.enum(["sessions", "orders", "signups"]), days: z.number().int().min(1).max(90) },
    },
    async ({ dataset, days }) => {
      const table = TABLES[dataset];
      const sql = `SELECT date_trunc('day', ts) AS d, count(*) AS n FROM ${table} WHERE ts > current_date - INTERVAL '${days}' DAY GROUP BY 1 ORDER BY 1`;
      const rows = await collect(ctx, sql);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );
}
