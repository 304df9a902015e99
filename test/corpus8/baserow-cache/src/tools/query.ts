import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SearchInput, FilterInput, TABLES, Ctx } from "../schemas.js";
import { QueryBuilder, column } from "../db/builder.js";

export function registerQueryTools(server: McpServer, ctx: Ctx) {
  server.registerTool(
    "search_rows",
    { description: "Find cached rows where a field equals a value", inputSchema: SearchInput },
    async ({ table, field, value, limit }) => {
      const sql = `SELECT * FROM ${TABLES[table]} WHERE ${column(field)} = ? LIMIT ?`;
      // ok: tool-input-to-sql
      const rows = ctx.db.prepare(sql).all(value, limit);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "filter_rows",
    { description: "Filter cached rows by several field values", inputSchema: FilterInput },
    async ({ table, where, orderBy }) => {
      const sql = new QueryBuilder(TABLES[table]).whereAll(where).orderBy(orderBy).limit(200).toSql();
      // ruleid: tool-input-to-sql
      const rows = ctx.db.prepare(sql).all();
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "count_rows",
    { description: "Count rows of a cached table", inputSchema: { table: FilterInput.table } },
    async ({ table }) => {
      // ok: tool-input-to-sql
      const row = ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${TABLES[table]}`).get() as { n: number };
      return { content: [{ type: "text", text: String(row.n) }] };
    },
  );
}
