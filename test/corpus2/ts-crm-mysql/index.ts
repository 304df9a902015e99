import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { z } from "zod";
import { pool } from "./db.js";
import { contactFilters } from "./filters.js";

const server = new McpServer({ name: "crm-mysql", version: "0.3.0" });

server.tool(
  "find_contacts",
  "Find contacts by company and optional city.",
  { company: z.string().max(200), city: z.string().max(100).optional() },
  async ({ company, city }) => {
    const { where, params } = contactFilters({ company, city });
    // ok: tool-input-to-sql
    const [rows] = await pool.execute(`SELECT id, name, email FROM contacts WHERE ${where} LIMIT 100`, params);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "deal_pipeline",
  "Deals in a stage, sorted by a field.",
  { stage: z.string(), sortField: z.string().default("amount"), direction: z.enum(["ASC", "DESC"]).default("DESC") },
  async ({ stage, sortField, direction }) => {
    const sql = `SELECT id, title, amount, owner FROM deals WHERE stage = ? ORDER BY ${sortField} ${direction}`;
    // ruleid: tool-input-to-sql
    const [rows] = await pool.query(sql, [stage]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "log_activity",
  "Record a call or meeting with a contact.",
  { contactId: z.number().int().positive(), kind: z.enum(["call", "meeting", "email"]), note: z.string().max(4000) },
  async ({ contactId, kind, note }) => {
    // ok: tool-input-to-sql
    await pool.execute("INSERT INTO activities (contact_id, kind, note, created_at) VALUES (?, ?, ?, NOW())", [contactId, kind, note]);
    return { content: [{ type: "text", text: "logged" }] };
  },
);

server.tool(
  "merge_contacts",
  "Merge duplicate contacts into the first id.",
  { ids: z.string().describe("comma-separated contact ids") },
  async ({ ids }) => {
    const [keep, ...dupes] = ids.split(",");
    // ruleid: tool-input-to-sql
    await pool.query("UPDATE activities SET contact_id = " + keep + " WHERE contact_id IN (" + dupes.join(",") + ")");
    // ruleid: tool-input-to-sql
    await pool.query(`DELETE FROM contacts WHERE id IN (${dupes.join(",")})`);
    return { content: [{ type: "text", text: `merged ${dupes.length} contacts into ${keep}` }] };
  },
);

// ruleid: bind-all-interfaces
const HOST = process.env.HOST ?? "0.0.0.0";
// ruleid: dns-rebinding-unprotected
const app = createMcpExpressApp({ host: HOST });

app.post("/mcp", async (req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => void transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3306 + 1000, HOST, () => console.log(`crm-mysql MCP on ${HOST}:4306`));
