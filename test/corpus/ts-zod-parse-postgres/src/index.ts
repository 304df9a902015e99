import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { z } from "zod";
import pg from "pg";
import fs from "fs";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const QueryArgs = z.object({ sql: z.string() });
const ListRowsArgs = z.object({ schema: z.string().default("public"), table: z.string(), limit: z.number().int().max(1000).default(100) });
const FindUserArgs = z.object({ username: z.string() });
const ExportArgs = z.object({ table: z.enum(["users", "orders", "events"]), outFile: z.string() });
const StatsArgs = z.object({ column: z.string(), table: z.string() });

const server = new Server({ name: "postgres-tools", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "query", description: "Run a read-only SQL query", inputSchema: zodToJsonSchema(QueryArgs) },
    { name: "list_rows", description: "List rows of a table", inputSchema: zodToJsonSchema(ListRowsArgs) },
    { name: "find_user", description: "Look up a user", inputSchema: zodToJsonSchema(FindUserArgs) },
    { name: "export_table", description: "Export a table to CSV", inputSchema: zodToJsonSchema(ExportArgs) },
    { name: "column_stats", description: "Min/max of a column", inputSchema: zodToJsonSchema(StatsArgs) },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: rawArgs } = request.params;

  if (name === "query") {
    const { sql } = QueryArgs.parse(rawArgs);
    const client = await pool.connect();
    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      const result = await client.query(sql); // FLAW tool-input-to-sql
      return { content: [{ type: "text", text: JSON.stringify(result.rows, null, 2) }] };
    } finally {
      await client.query("ROLLBACK").catch(() => {});
      client.release();
    }
  }

  if (name === "list_rows") {
    const args = ListRowsArgs.parse(rawArgs);
    const q = `SELECT * FROM "${args.schema}"."${args.table}" LIMIT ${args.limit}`;
    const { rows } = await pool.query(q); // FLAW tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }

  if (name === "find_user") {
    const { username } = FindUserArgs.parse(rawArgs);
    const { rows } = await pool.query("SELECT id, username, created_at FROM users WHERE username = $1", [username]); // SAFE tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }

  if (name === "export_table") {
    const { table, outFile } = ExportArgs.parse(rawArgs);
    const { rows } = await pool.query(`SELECT * FROM ${table}`); // SAFE tool-input-to-sql
    const csv = rows.map((r) => Object.values(r).join(",")).join("\n");
    fs.writeFileSync(outFile, csv); // FLAW tool-input-to-path
    return { content: [{ type: "text", text: `exported ${rows.length} rows to ${outFile}` }] };
  }

  if (name === "column_stats") {
    const parsed = StatsArgs.safeParse(rawArgs);
    if (!parsed.success) {
      return { isError: true, content: [{ type: "text", text: parsed.error.message }] };
    }
    const { column, table } = parsed.data;
    const res = await pool.query({ text: `SELECT min(${column}) AS lo, max(${column}) AS hi FROM ${table}` }); // FLAW tool-input-to-sql
    return { content: [{ type: "text", text: JSON.stringify(res.rows[0]) }] };
  }

  throw new Error(`Unknown tool: ${name}`);
});

const transport = new StdioServerTransport();
await server.connect(transport);
