// postgres-admin: read-mostly reporting tools over the app database.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { pool, ALLOWED_TABLES, quoteIdent, countRows, tableColumns } from "./db.js";

const server = new McpServer({ name: "postgres-admin", version: "2.0.1" });

server.registerTool(
  "describe_table",
  {
    description: "List the columns of an application table.",
    inputSchema: { table: z.enum(["customers", "orders", "invoices", "products"]) },
    annotations: { readOnlyHint: true },
  },
  async ({ table }) => ({ content: [{ type: "text", text: JSON.stringify(await tableColumns(table)) }] }),
);

server.registerTool(
  "preview_table",
  {
    description: "First rows of a table.",
    inputSchema: { table: z.string(), limit: z.number().int().max(100).default(10) },
    annotations: { readOnlyHint: true },
  },
  async ({ table, limit }) => {
    try {
      // ruleid: tool-input-to-sql
      const { rows } = await pool.query(`SELECT * FROM ${table} LIMIT ${limit}`);
      return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: String(err) }] };
    }
  },
);

server.registerTool(
  "safe_preview",
  {
    description: "First rows of an allow-listed table, newest first.",
    inputSchema: { table: z.string(), limit: z.number().int().min(1).max(100).default(10) },
    annotations: { readOnlyHint: true },
  },
  async ({ table, limit }) => {
    if (!ALLOWED_TABLES.has(table)) {
      return { isError: true, content: [{ type: "text", text: `Unknown table. Try one of: ${[...ALLOWED_TABLES].join(", ")}` }] };
    }
    try {
      // ok: tool-input-to-sql
      const { rows } = await pool.query(`SELECT * FROM ${quoteIdent(table)} ORDER BY created_at DESC LIMIT $1`, [limit]);
      return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
    } catch (err) {
      console.error("safe_preview failed", err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "The query failed; the error was written to the server log." }] };
    }
  },
);

server.registerTool(
  "find_customer",
  {
    description: "Look up customers by e-mail address.",
    inputSchema: { email: z.string().email() },
    annotations: { readOnlyHint: true },
  },
  async ({ email }) => {
    // ok: tool-input-to-sql
    const { rows } = await pool.query("SELECT id, name, email, created_at FROM customers WHERE lower(email) = lower($1)", [email]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.registerTool(
  "count_orders",
  {
    description: "Count orders matching simple equality filters.",
    inputSchema: {
      // ruleid: weak-input-schema
      filters: z.record(z.any()).default({}),
    },
    annotations: { readOnlyHint: true },
  },
  async ({ filters }) => ({ content: [{ type: "text", text: String(await countRows("orders", filters)) }] }),
);

server.registerTool(
  "orders_by_status",
  {
    description: "Orders in a given status, most recent first.",
    inputSchema: {
      // ok: weak-input-schema
      status: z.enum(["pending", "paid", "shipped", "refunded"]),
      sinceDays: z.number().int().min(1).max(365).default(30),
    },
    annotations: { readOnlyHint: true },
  },
  async ({ status, sinceDays }) => {
    const { rows } = await pool.query(
      "SELECT id, customer_id, total_cents, status FROM orders WHERE status = $1 AND created_at > now() - ($2 || ' days')::interval ORDER BY created_at DESC",
      [status, sinceDays],
    );
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
console.error("postgres-admin connected over stdio");
