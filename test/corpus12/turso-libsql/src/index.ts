import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { createClient } from "@libsql/client";
import { registerTools } from "./tools.js";

const db = createClient({ url: process.env.TURSO_DATABASE_URL ?? "file:local.db", authToken: process.env.TURSO_AUTH_TOKEN });

const app = express();
app.use(express.json({ limit: "1mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

const transports: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  let transport = sessionId ? transports[sessionId] : undefined;
  if (!transport) {
    if (!isInitializeRequest(req.body)) {
      res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No valid session" }, id: null });
      return;
    }
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      // ok: dns-rebinding-unprotected
      enableDnsRebindingProtection: true,
      allowedHosts: ["127.0.0.1:3030", "localhost:3030"],
      onsessioninitialized: (id) => {
        transports[id] = transport!;
      },
    });
    transport.onclose = () => {
      if (transport?.sessionId) delete transports[transport.sessionId];
    };
    const server = new McpServer({ name: "turso-libsql", version: "0.5.0" });
    registerTools(server, db);
    await server.connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/healthz", (_req, res) => res.send("ok"));

const port = Number(process.env.PORT ?? 3030);
// ruleid: bind-all-interfaces
app.listen(port, "0.0.0.0", () => console.log(`turso MCP listening on ${port}`));
