import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireAuth } from "./auth.js";
import { registerConversationTools } from "./conversations.js";

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://app.intercom.com", "https://support.example.com"], credentials: true }));
app.use("/mcp", requireAuth);

const transports = new Map<string, StreamableHTTPServerTransport>();

app.all("/mcp", async (req, res) => {
  const sid = req.header("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
      onsessioninitialized: (id) => transports.set(id, transport!),
    });
    const server = new McpServer({ name: "intercom-inbox", version: "1.1.0" });
    registerConversationTools(server, () => res.locals.intercomToken as string);
    await server.connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const port = Number(process.env.PORT ?? 4100);
// ok: bind-all-interfaces
app.listen(port, "127.0.0.1", () => console.log(`intercom-inbox on http://127.0.0.1:${port}/mcp`));
