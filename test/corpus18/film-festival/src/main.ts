import { randomUUID } from "node:crypto";
import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { registerSubmissionFeatures } from "./submissions.js";

function buildServer(): McpServer {
  const server = new McpServer({ name: "film-festival-submissions", version: "0.7.0" });
  registerSubmissionFeatures(server, { dataDir: process.env.FESTIVAL_DATA ?? "/srv/festival" });
  return server;
}

const app = express();
app.use(express.json({ limit: "2mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["mcp-session-id"] }));

const transports: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let transport = sid ? transports[sid] : undefined;
  if (!transport) {
    if (!isInitializeRequest(req.body)) {
      res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No session" }, id: null });
      return;
    }
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
      onsessioninitialized: (id) => {
        transports[id] = transport!;
      },
    });
    transport.onclose = () => {
      if (transport?.sessionId) delete transports[transport.sessionId];
    };
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const port = Number(process.env.PORT ?? 8040);
// ruleid: bind-all-interfaces
app.listen(port, "0.0.0.0", () => console.log(`festival MCP listening on :${port}`));
