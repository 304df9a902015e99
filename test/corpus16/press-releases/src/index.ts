import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { registerReleaseTools } from "./tools/releases.js";

const app = express();
app.use(express.json({ limit: "1mb" }));

function buildServer() {
  const server = new McpServer({ name: "press-releases", version: "2.0.0" });
  registerReleaseTools(server);
  return server;
}

app.post("/mcp", async (req, res) => {
  const server = buildServer();
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(Number(process.env.PORT ?? 3030), "127.0.0.1", () => {
  console.log("press-releases MCP listening");
});
