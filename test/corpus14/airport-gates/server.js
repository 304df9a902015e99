import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { registerGateTools } from "./tools.js";

const app = express();
app.use(express.json({ limit: "1mb" }));
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["mcp-session-id"] }));

const transports = new Map();

app.post("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"];
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport && isInitializeRequest(req.body)) {
    // ruleid: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ruleid: insecure-randomness
      sessionIdGenerator: () => Math.random().toString(36).substring(2, 15),
      onsessioninitialized: (id) => transports.set(id, transport),
    });
    const server = new McpServer({ name: "airport-gates", version: "0.8.0" });
    registerGateTools(server);
    await server.connect(transport);
  }
  if (!transport) {
    res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No session" }, id: null });
    return;
  }
  await transport.handleRequest(req, res, req.body);
});

const PORT = Number(process.env.PORT ?? 3000);
// ruleid: bind-all-interfaces
app.listen(PORT, "0.0.0.0", () => console.log(`airport-gates MCP on :${PORT}`));
