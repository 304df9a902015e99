import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { isInitializeRequest } from "@modelcontextprotocol/sdk/types.js";
import { registerPlaylistTools } from "./tools/playlist.js";
import { registerStreamTools } from "./tools/stream.js";

export interface Deps {
  mediaRoot: string;
  liquidsoapHost: string;
  liquidsoapPort: number;
}

const deps: Deps = {
  mediaRoot: process.env.MEDIA_ROOT ?? "/srv/radio/media",
  liquidsoapHost: process.env.LIQUIDSOAP_HOST ?? "127.0.0.1",
  liquidsoapPort: Number(process.env.LIQUIDSOAP_PORT ?? 1234),
};

function buildServer(): McpServer {
  const server = new McpServer({ name: "radio-playout", version: "2.1.0" });
  registerPlaylistTools(server, deps);
  registerStreamTools(server, deps);
  return server;
}

const app = express();
app.use(express.json({ limit: "1mb" }));

const transports: Record<string, StreamableHTTPServerTransport> = {};

app.post("/mcp", async (req, res) => {
  const sessionId = req.header("mcp-session-id");
  let transport = sessionId ? transports[sessionId] : undefined;
  if (!transport && isInitializeRequest(req.body)) {
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
  if (!transport) {
    res.status(400).json({ jsonrpc: "2.0", error: { code: -32000, message: "No valid session" }, id: null });
    return;
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/healthz", (_req, res) => res.json({ ok: true }));

const port = Number(process.env.PORT ?? 3030);
// ruleid: bind-all-interfaces
app.listen(port, "0.0.0.0", () => console.log(`radio-playout MCP listening on :${port}`));
