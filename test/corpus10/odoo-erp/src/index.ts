import express from "express";
import cors from "cors";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { Pool } from "pg";
import { randomUUID } from "node:crypto";
import { HANDLERS, type HandlerContext } from "./handlers.js";
import { TOOL_LIST } from "./schemas.js";

const pool = new Pool({ connectionString: process.env.ODOO_DB_URL });

function buildServer(ctx: HandlerContext) {
  const server = new Server({ name: "odoo-erp", version: "1.3.0" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOL_LIST }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const handler = HANDLERS[request.params.name];
    if (!handler) {
      return { isError: true, content: [{ type: "text", text: `unknown tool ${request.params.name}` }] };
    }
    // ruleid: weak-input-schema
    const args = (request.params.arguments ?? {}) as Record<string, any>;
    const result = await handler(args, ctx);
    return { content: [{ type: "text", text: JSON.stringify(result, null, 2) }] };
  });
  return server;
}

const app = express();
app.use(express.json({ limit: "1mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));

const transports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", async (req, res) => {
  const sid = req.header("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
      onsessioninitialized: (id) => transports.set(id, transport!),
    });
    const ctx: HandlerContext = {
      db: pool,
      // ruleid: token-passthrough
      odooAuth: req.headers.authorization ?? "",
      odooUrl: process.env.ODOO_URL ?? "https://erp.internal.example.org",
    };
    await buildServer(ctx).connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const PORT = Number(process.env.PORT ?? 3310);
// ruleid: bind-all-interfaces
app.listen(PORT, () => console.error(`odoo-erp MCP on :${PORT}`));
