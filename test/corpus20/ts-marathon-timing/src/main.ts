import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createDeps } from "./services/deps.js";
import { registerResultTools } from "./results.js";
import { requireBearer } from "./auth.js";

const app = express();
app.use(express.json());

app.post("/mcp", requireBearer, async (req, res) => {
  const server = new McpServer({ name: "marathon-timing", version: "3.1.0" });
  registerResultTools(server, createDeps(req.headers.authorization));
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ruleid: bind-all-interfaces
app.listen(8443, "0.0.0.0", () => console.error("timing MCP on :8443"));
