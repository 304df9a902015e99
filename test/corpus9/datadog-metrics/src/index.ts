import express from "express";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { toolHandlers, toolList } from "./handlers.js";

const app = express();
app.use(express.json());

function makeServer() {
  const server = new Server({ name: "metrics-query", version: "0.5.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolList }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const handler = toolHandlers[req.params.name];
    if (!handler) throw new Error(`no such tool: ${req.params.name}`);
    return handler(req.params.arguments ?? {});
  });
  return server;
}

app.post("/mcp", async (req, res) => {
  const server = makeServer();
  // ruleid: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

const port = Number(process.env.PORT ?? 3333);
// ruleid: bind-all-interfaces
app.listen(port, "0.0.0.0");
