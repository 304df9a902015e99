// Spreadsheet SQL MCP server: query Excel/CSV workbooks with SQL. Streamable HTTP, bearer auth.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { db, loadWorkbook, tableNames, columnsOf } from "./workbook.js";
import { tokenVerifier } from "./auth.js";

function buildServer() {
  const server = new McpServer({ name: "spreadsheet-sql", version: "0.6.2" });

  server.tool("load_workbook", { file: z.string().max(200) }, async ({ file }) => ({
    content: [{ type: "text", text: `loaded tables: ${loadWorkbook(file).join(", ")}` }],
  }));

  server.tool("list_tables", async () => ({ content: [{ type: "text", text: tableNames().join("\n") }] }));

  server.tool(
    "filter_rows",
    "Rows of a sheet where a column equals a value.",
    { table: z.string(), column: z.string(), value: z.string(), limit: z.number().int().max(1000).default(100) },
    async ({ table, column, value, limit }) => {
      if (!columnsOf(table).includes(column)) throw new Error(`unknown column ${column}`);
      // ok: tool-input-to-sql
      const rows = db.prepare(`SELECT * FROM "${table}" WHERE "${column}" = ? LIMIT ?`).all(value, limit);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.tool(
    "group_by",
    "Count rows of a sheet grouped by a column, optionally with a WHERE condition.",
    { table: z.string(), column: z.string(), where: z.string().optional() },
    async ({ table, column, where }) => {
      const condition = where ? `WHERE ${where}` : "";
      // ruleid: tool-input-to-sql
      const rows = db.prepare(`SELECT ${column}, COUNT(*) AS n FROM ${table} ${condition} GROUP BY ${column} ORDER BY n DESC`).all();
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.tool(
    "run_sql",
    "Run any SQL statement against the loaded sheets.",
    { sql: z.string() },
    async ({ sql }) => {
      // ruleid: tool-input-to-sql
      const rows = db.prepare(sql).all();
      return { content: [{ type: "text", text: JSON.stringify(rows.slice(0, 500)) }] };
    },
  );

  server.tool(
    "append_rows",
    "Append rows (objects keyed by column name) to a sheet table.",
    // ruleid: weak-input-schema
    { table: z.string(), rows: z.array(z.any()) },
    async ({ table, rows }) => {
      const cols = columnsOf(table);
      const insert = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`);
      for (const row of rows) insert.run(cols.map((c) => (row as Record<string, unknown>)[c] ?? null));
      return { content: [{ type: "text", text: `appended ${rows.length} rows` }] };
    },
  );

  server.tool(
    "sum_column",
    { table: z.string(), column: z.string() },
    async ({ table, column }) => {
      const cols = columnsOf(table);
      if (!cols.includes(column)) throw new Error("unknown column");
      // ok: tool-input-to-sql
      const row = db.prepare(`SELECT SUM(CAST("${column}" AS REAL)) AS total FROM "${table}"`).get();
      return { content: [{ type: "text", text: JSON.stringify(row) }] };
    },
  );

  return server;
}

// ok: dns-rebinding-unprotected
const app = createMcpExpressApp();
const auth = requireBearerAuth({ verifier: tokenVerifier, requiredScopes: ["sheets"] });

app.post("/mcp", auth, async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => void transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(3400, "127.0.0.1");
