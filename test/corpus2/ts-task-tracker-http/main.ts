import { randomUUID } from "node:crypto";
import type { Request, Response } from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { verifier } from "./auth.js";
import { TaskStore } from "./store.js";

const store = new TaskStore();

// ok: hardcoded-secret
const TRACKER_API_KEY = process.env.TRACKER_API_KEY ?? "";

function buildServer(): McpServer {
  const server = new McpServer({ name: "task-tracker", version: "3.1.0" });

  server.registerTool(
    "add_task",
    {
      description: "Add a task to the backlog.",
      inputSchema: { title: z.string().min(1).max(300), priority: z.enum(["low", "medium", "high"]).default("medium") },
    },
    async ({ title, priority }) => {
      const task = store.add(title, priority);
      return { content: [{ type: "text", text: `added #${task.id}` }] };
    },
  );

  server.registerTool(
    "list_tasks",
    {
      description: "List open tasks.",
      inputSchema: { priority: z.enum(["low", "medium", "high"]).optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ priority }) => ({ content: [{ type: "text", text: JSON.stringify(store.list(priority)) }] }),
  );

  server.registerTool(
    "sync_upstream",
    {
      description: "Push open tasks to the team tracker.",
      inputSchema: {},
    },
    async () => {
      const res = await fetch("https://tracker.example.com/api/v2/import", {
        method: "POST",
        // ok: token-passthrough
        headers: { Authorization: `Bearer ${TRACKER_API_KEY}`, "Content-Type": "application/json" },
        body: JSON.stringify(store.list()),
      });
      return { content: [{ type: "text", text: res.ok ? "synced" : "sync failed" }] };
    },
  );
  return server;
}

// ok: dns-rebinding-unprotected
const app = createMcpExpressApp();
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["http://localhost:6274"], credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

const auth = requireBearerAuth({ verifier, requiredScopes: ["tasks"] });
const transports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", auth, async (req: Request, res: Response) => {
  const sid = req.header("mcp-session-id");
  const existing = sid ? transports.get(sid) : undefined;
  if (existing) {
    await existing.handleRequest(req, res, req.body);
    return;
  }
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    // ok: insecure-randomness
    sessionIdGenerator: () => randomUUID(),
    onsessioninitialized: (id) => {
      transports.set(id, transport);
    },
  });
  await buildServer().connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.delete("/mcp", auth, async (req: Request, res: Response) => {
  const sid = req.header("mcp-session-id");
  const t = sid ? transports.get(sid) : undefined;
  if (!t) return void res.status(404).end();
  await t.close();
  transports.delete(sid!);
  res.status(204).end();
});

// ok: bind-all-interfaces
app.listen(7410, "127.0.0.1");
