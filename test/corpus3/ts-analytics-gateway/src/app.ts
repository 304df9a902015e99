// analytics-gateway: product analytics queries for the internal dashboard assistant.
import type { Request, Response } from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { createMcpExpressApp } from "@modelcontextprotocol/sdk/server/express.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { z } from "zod";
import { verifier } from "./verifier.js";

const ANALYTICS_API = "https://api.analytics-vendor.com/v2";
// ok: hardcoded-secret
const ANALYTICS_KEY = process.env.ANALYTICS_API_KEY!;
const DASHBOARD_ORIGIN = process.env.DASHBOARD_ORIGIN ?? "https://dashboard.example.com";

function buildServer() {
  const server = new McpServer({ name: "analytics-gateway", version: "1.2.0" });

  server.registerTool(
    "event_counts",
    {
      description: "Daily counts of a product event over the last N days.",
      inputSchema: { event: z.string().regex(/^[a-z_]{1,64}$/), days: z.number().int().min(1).max(90).default(14) },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    async ({ event, days }) => {
      const url = `${ANALYTICS_API}/events/${event}/daily?days=${days}`;
      // ok: tool-input-to-url
      const res = await fetch(url, {
        // ok: token-passthrough
        headers: { Authorization: `Bearer ${ANALYTICS_KEY}` },
      });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.registerTool(
    "funnel",
    {
      description: "Conversion through an ordered list of events.",
      inputSchema: { steps: z.array(z.string().regex(/^[a-z_]{1,64}$/)).min(2).max(8) },
      annotations: { readOnlyHint: true },
    },
    async ({ steps }) => {
      const res = await fetch(`${ANALYTICS_API}/funnels`, {
        method: "POST",
        headers: { Authorization: `Bearer ${ANALYTICS_KEY}`, "Content-Type": "application/json", "X-Request-Id": randomUUID() },
        body: JSON.stringify({ steps }),
      });
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );
  return server;
}

// ok: dns-rebinding-unprotected
const app = createMcpExpressApp();
// ok: cors-wildcard-credentials
app.use(cors({ origin: [DASHBOARD_ORIGIN], credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

const transports = new Map<string, StreamableHTTPServerTransport>();
const bearer = requireBearerAuth({ verifier, requiredScopes: ["analytics:read"] });

app.post("/mcp", bearer, async (req: Request, res: Response) => {
  const sid = req.header("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => void transports.set(id, transport!),
    });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

const PORT = Number(process.env.PORT ?? 3900);
// ok: bind-all-interfaces
app.listen(PORT, "localhost", () => console.error(`analytics-gateway on http://localhost:${PORT}/mcp`));
