import express from "express";
import cors from "cors";
import axios from "axios";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { verifier } from "./auth.js";

const DESK_API = "https://support.example-desk.com/api/v2";

const desk = axios.create({
  baseURL: DESK_API,
  timeout: 10_000,
  // ok: token-passthrough
  headers: { Authorization: `Bearer ${process.env.DESK_SERVICE_TOKEN}` },
});

const server = new McpServer({ name: "helpdesk", version: "1.7.2" });

server.tool(
  "get_ticket",
  "Fetch a ticket with its latest comments.",
  { ticketId: z.string().min(1).max(20) },
  { readOnlyHint: true },
  async ({ ticketId }) => {
    // ok: tool-input-to-url
    const { data } = await desk.get(`/tickets/${encodeURIComponent(ticketId)}.json`, { params: { include: "comments" } });
    return { content: [{ type: "text", text: JSON.stringify(data.ticket, null, 2) }] };
  },
);

server.tool(
  "my_open_tickets",
  "Tickets assigned to the calling agent, using the agent's own desk session.",
  { status: z.enum(["new", "open", "pending"]).default("open") },
  async ({ status }, extra) => {
    const res = await axios.get(`${DESK_API}/search.json`, {
      params: { query: `assignee:me status:${status}` },
      // ruleid: token-passthrough
      headers: { Authorization: `Bearer ${extra.authInfo?.token}` },
    });
    return { content: [{ type: "text", text: JSON.stringify(res.data.results, null, 2) }] };
  },
);

server.tool(
  "add_internal_note",
  "Adds an internal (not customer-visible) note to a ticket.",
  { ticketId: z.string().regex(/^\d+$/), note: z.string().min(1).max(4000) },
  async ({ ticketId, note }) => {
    await desk.put(`/tickets/${ticketId}.json`, { ticket: { comment: { body: note, public: false } } });
    return { content: [{ type: "text", text: `note added to #${ticketId}` }] };
  },
);

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));
app.use(express.json());

app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["tickets:read"] }), async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    // ok: dns-rebinding-unprotected
    enableDnsRebindingProtection: true,
    allowedHosts: ["127.0.0.1:3100", "localhost:3100"],
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3100, "127.0.0.1");
