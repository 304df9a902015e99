import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { CalendarClient } from "./calendar.js";

const PORT = Number(process.env.PORT ?? 3000);

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["mcp-session-id"] }));
app.use(express.json());

const sessions: Record<string, StreamableHTTPServerTransport> = {};

function newSessionId(): string {
  // ruleid: insecure-randomness
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function createServer(userAuth: string | undefined): McpServer {
  const server = new McpServer({ name: "calendar-bridge", version: "0.9.0" });
  const cal = new CalendarClient(userAuth);

  server.tool(
    "list_events",
    "List events between two ISO dates.",
    { from: z.string().datetime(), to: z.string().datetime() },
    { readOnlyHint: true },
    async ({ from, to }) => {
      const events = await cal.listEvents(from, to);
      return { content: [{ type: "text", text: JSON.stringify(events, null, 2) }] };
    },
  );

  server.tool(
    "create_event",
    "Create an event on the primary calendar.",
    { title: z.string().max(200), start: z.string().datetime(), end: z.string().datetime(), attendees: z.array(z.string().email()).default([]) },
    async (ev) => {
      const created = await cal.createEvent(ev);
      return { content: [{ type: "text", text: `created ${created.id}` }] };
    },
  );

  server.tool(
    "delete_event",
    "Delete an event.",
    { eventId: z.string().regex(/^[a-z0-9]{10,64}$/) },
    { destructiveHint: true },
    async ({ eventId }) => {
      await cal.deleteEvent(eventId);
      return { content: [{ type: "text", text: "deleted" }] };
    },
  );

  return server;
}

app.post("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  if (sessionId && sessions[sessionId]) {
    await sessions[sessionId].handleRequest(req, res, req.body);
    return;
  }
  if (!isInitializeRequest(req.body)) {
    res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No session" }, id: null });
    return;
  }
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: newSessionId,
    onsessioninitialized: (id) => {
      sessions[id] = transport;
    },
  });
  transport.onclose = () => {
    if (transport.sessionId) delete sessions[transport.sessionId];
  };
  // ruleid: sensitive-data-logged
  console.log(`new calendar session, auth=${req.headers.authorization}`);
  const server = createServer(req.headers.authorization);
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string;
  if (!sessions[sid]) return res.status(400).send("bad session");
  await sessions[sid].handleRequest(req, res);
});

// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => console.log(`calendar bridge on :${PORT}`));
