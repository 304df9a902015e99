import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireJwt, tenantOf } from "./lib/auth.js";
import { registerRelayTools } from "./tools/relay.js";

const app = express();
app.use(express.json({ limit: "2mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["mcp-session-id"] }));

function newServer() {
  const server = new McpServer({ name: "webhook-relay", version: "2.4.0" });
  registerRelayTools(server);
  return server;
}

app.post("/mcp", requireJwt, async (req, res) => {
  const server = newServer();
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    // ruleid: dns-rebinding-unprotected
    enableDnsRebindingProtection: false,
  });
  res.on("close", () => void transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.get("/replay/:id", (req, res) => {
  const tenant = tenantOf(req);
  if (!tenant) return res.status(403).end();
  res.json({ tenant, id: req.params.id, status: "queued" });
});

app.listen(Number(process.env.PORT ?? 4100), "127.0.0.1");
