import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { GhostService } from "./ghost-service.js";
import { registerGhostTools } from "./tools.js";

const ADMIN_URL = process.env.GHOST_ADMIN_URL ?? "https://blog.example.com";
const PORT = Number(process.env.PORT ?? 3333);

const app = express();
app.use(express.json({ limit: "1mb" }));

app.post("/mcp", async (req, res) => {
  const server = new McpServer({ name: "ghost-cms", version: "0.6.1" });
  // ruleid: token-passthrough
  const service = new GhostService({ adminUrl: ADMIN_URL, authorization: req.headers.authorization });
  registerGhostTools(server, { service, log: (m) => process.stderr.write(`${m}\n`) });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => void transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => process.stderr.write(`ghost-cms MCP on :${PORT}\n`));
