#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ErrorCode,
} from "@modelcontextprotocol/sdk/types.js";
import Database from "better-sqlite3";

const dbPath = process.env.SQLITE_DB ?? "./data.db";
const db = new Database(dbPath);

const KNOWN_TABLES = ["customers", "orders", "products", "invoices"];

const server = new Server(
  { name: "sqlite-explorer", version: "0.9.0" },
  { capabilities: { tools: {} } }
);

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "read_query", description: "Run a SELECT query", inputSchema: { type: "object", properties: { query: { type: "string" } }, required: ["query"] } },
    { name: "describe_table", description: "Columns of a table", inputSchema: { type: "object", properties: { table_name: { type: "string" } }, required: ["table_name"] } },
    { name: "find_customer", description: "Find customers by email", inputSchema: { type: "object", properties: { email: { type: "string" } }, required: ["email"] } },
    { name: "count_rows", description: "Count rows in a known table", inputSchema: { type: "object", properties: { table: { type: "string" } }, required: ["table"] } },
    { name: "search_products", description: "Search products by name", inputSchema: { type: "object", properties: { term: { type: "string" }, sort: { type: "string" } } } },
    { name: "delete_order", description: "Delete an order", inputSchema: { type: "object", properties: { id: { type: "string" } } } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  try {
    switch (name) {
      case "read_query": {
        const query = String(args?.query ?? "");
        if (!query.trim().toUpperCase().startsWith("SELECT")) {
          throw new McpError(ErrorCode.InvalidParams, "only SELECT queries are allowed");
        }
        const rows = db.prepare(query).all(); // FLAW tool-input-to-sql
        return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
      }
      case "describe_table": {
        const tableName = args?.table_name as string;
        const cols = db.prepare(`PRAGMA table_info(${tableName})`).all(); // FLAW tool-input-to-sql
        return { content: [{ type: "text", text: JSON.stringify(cols, null, 2) }] };
      }
      case "find_customer": {
        const email = args?.email as string;
        const rows = db.prepare("SELECT id, name, email FROM customers WHERE email = ?").all(email); // SAFE tool-input-to-sql
        return { content: [{ type: "text", text: JSON.stringify(rows) }] };
      }
      case "count_rows": {
        const table = String(args?.table);
        if (!KNOWN_TABLES.includes(table)) {
          throw new McpError(ErrorCode.InvalidParams, `unknown table ${table}`);
        }
        const row = db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }; // SAFE tool-input-to-sql
        return { content: [{ type: "text", text: `${table}: ${row.n} rows` }] };
      }
      case "search_products": {
        const term = String(args?.term ?? "");
        let orderBy: string;
        switch (args?.sort) {
          case "price": orderBy = "price ASC"; break;
          case "name": orderBy = "name ASC"; break;
          default: orderBy = "id DESC";
        }
        const sql = `SELECT * FROM products WHERE name LIKE ? ORDER BY ${orderBy} LIMIT 50`;
        const rows = db.prepare(sql).all(`%${term}%`); // SAFE tool-input-to-sql
        return { content: [{ type: "text", text: JSON.stringify(rows) }] };
      }
      case "delete_order": {
        const id = args?.id;
        db.exec(`DELETE FROM orders WHERE id = ${id}`); // FLAW tool-input-to-sql
        return { content: [{ type: "text", text: `order ${id} deleted` }] };
      }
      default:
        throw new McpError(ErrorCode.MethodNotFound, `Unknown tool: ${name}`);
    }
  } catch (error) {
    if (error instanceof McpError) throw error;
    return { content: [{ type: "text", text: `Error: ${(error as Error).message}` }], isError: true };
  }
});

async function runServer() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
}
runServer().catch(console.error);
