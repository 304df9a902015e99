"use strict";

const express = require("express");
const cors = require("cors");
const { randomUUID } = require("node:crypto");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");
const { z } = require("zod");
const { db, ticketsByStatus, searchTickets } = require("./tickets.cjs");
const { requireApiKey, originGuard } = require("./guards.cjs");

function buildServer() {
  const server = new McpServer({ name: "helpdesk", version: "2.0.0" });

  server.tool("get_ticket", "Get one ticket.", { id: z.number().int().positive() }, async ({ id }) => {
    // ok: tool-input-to-sql
    const ticket = await db("tickets").where({ id }).first();
    return { content: [{ type: "text", text: ticket ? JSON.stringify(ticket) : "not found" }] };
  });

  server.tool(
    "tickets_by_status",
    "List tickets in a status.",
    { status: z.string(), assignee: z.string().optional() },
    async ({ status, assignee }) => {
      const rows = await ticketsByStatus(status, assignee);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
  );

  server.tool("search", "Search ticket subjects.", { text: z.string().min(3) }, async ({ text }) => {
    const rows = await searchTickets(text);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  });

  server.tool(
    "close_ticket",
    "Close a ticket with a resolution note.",
    { id: z.number().int().positive(), resolution: z.string().max(2000) },
    async ({ id, resolution }) => {
      // ok: tool-input-to-sql
      await db.raw("UPDATE tickets SET status = 'closed', resolution = ?, closed_at = now() WHERE id = ?", [resolution, id]);
      return { content: [{ type: "text", text: `ticket ${id} closed` }] };
    }
  );

  server.tool(
    "customer_link",
    "Create a one-time link that lets a customer view their ticket without logging in.",
    { id: z.number().int().positive() },
    async ({ id }) => {
      // ruleid: insecure-randomness
      const magic = Math.random().toString(36).substring(2, 12);
      // ok: tool-input-to-sql
      await db("ticket_links").insert({ ticket_id: id, token: magic, expires_at: db.raw("now() + interval '1 day'") });
      return { content: [{ type: "text", text: `https://help.example.com/t/${id}?k=${magic}` }] };
    }
  );

  server.tool(
    "stats",
    "Ticket counts grouped by a column.",
    { groupBy: z.string().default("status") },
    async ({ groupBy }) => {
      // ruleid: tool-input-to-sql
      const result = await db.raw(`SELECT ${groupBy} AS key, count(*) AS n FROM tickets GROUP BY ${groupBy}`);
      return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
    }
  );

  return server;
}

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: "*", exposedHeaders: ["Mcp-Session-Id"] }));
app.use(express.json());
app.use(originGuard(["http://localhost:6274", "vscode-webview://"]));

const sessions = {};

app.post("/mcp", requireApiKey, async (req, res) => {
  const sid = req.headers["mcp-session-id"];
  let transport = sid && sessions[sid];
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions[id] = transport;
      },
    });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(5050, "::1", () => console.log("helpdesk MCP on [::1]:5050"));
