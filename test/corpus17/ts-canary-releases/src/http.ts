import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

export function startHttp(server: McpServer, port: number) {
  const app = express();
  app.use(express.json());
  // ruleid: cors-wildcard-credentials
  app.use(cors({ origin: true, credentials: true }));

  const transports = new Map<string, StreamableHTTPServerTransport>();

  app.post("/mcp", async (req, res) => {
    const sid = req.header("mcp-session-id");
    let transport = sid ? transports.get(sid) : undefined;
    if (!transport) {
      // ruleid: http-transport-without-auth
      transport = new StreamableHTTPServerTransport({
        // ruleid: insecure-randomness
        sessionIdGenerator: () => Math.random().toString(36).slice(2),
        onsessioninitialized: (id) => transports.set(id, transport!),
      });
      await server.connect(transport);
    }
    await transport.handleRequest(req, res, req.body);
  });

  // ruleid: bind-all-interfaces
  app.listen(port, "0.0.0.0", () => console.error(`canary MCP listening on ${port}`));
}

export const requestIds = () => randomUUID();
