import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { verifyAccessToken } from "./auth.js";
import { registerChargerTools } from "./tools.js";

const app = express();
app.use(express.json());
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

const auth = requireBearerAuth({ verifier: { verifyAccessToken }, requiredScopes: ["chargers"] });
const sessions: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", auth, async (req, res) => {
  const sessionId = req.headers["mcp-session-id"] as string | undefined;
  let transport = sessionId ? sessions[sessionId] : undefined;
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      // ok: dns-rebinding-unprotected
      enableDnsRebindingProtection: true,
      allowedHosts: ["ev-mcp.internal.example.com"],
      onsessioninitialized: (id) => {
        sessions[id] = transport!;
      },
    });
    const server = new McpServer({ name: "ev-charging", version: "1.0.0" });
    registerChargerTools(server);
    await server.connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(8443, "0.0.0.0", () => console.error("ev-charging MCP listening on 8443"));
