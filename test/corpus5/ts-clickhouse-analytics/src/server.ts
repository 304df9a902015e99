// Product analytics over MCP (ClickHouse), Streamable HTTP with OAuth bearer tokens.
import express from "express";
import cors from "cors";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { OAuthTokenVerifier } from "@modelcontextprotocol/sdk/server/auth/provider.js";
import { z } from "zod";
import { eventCounts, funnel, eventsForUser, topPages } from "./queries.js";

const INTROSPECT = process.env.OAUTH_INTROSPECTION_URL ?? "https://auth.analytics.example/oauth2/introspect";

const verifier: OAuthTokenVerifier = {
  async verifyAccessToken(token) {
    const res = await fetch(INTROSPECT, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${process.env.OAUTH_CLIENT_ID}:${process.env.OAUTH_CLIENT_SECRET}`).toString("base64")}` },
      body: new URLSearchParams({ token }),
    });
    const info = (await res.json()) as { active: boolean; client_id: string; scope?: string; exp?: number };
    if (!info.active) throw new Error("inactive token");
    return { token, clientId: info.client_id, scopes: (info.scope ?? "").split(" "), expiresAt: info.exp };
  },
};

function build(): McpServer {
  const s = new McpServer({ name: "clickhouse-analytics", version: "1.0.0" });
  s.tool("event_counts", "Event counts over the last N days.", { days: z.number().int().min(1).max(365), sort: z.string().default("count") }, async ({ days, sort }) => ({
    content: [{ type: "text", text: JSON.stringify(await eventCounts(days, sort)) }],
  }));
  s.tool("funnel", "Conversion funnel over up to three events.", { steps: z.array(z.string().max(64)).min(2).max(3), days: z.number().int().min(1).max(90) }, async ({ steps, days }) => ({
    content: [{ type: "text", text: JSON.stringify(await funnel(steps, days)) }],
  }));
  s.tool("user_events", "Raw events of one user (support investigations).", { userId: z.string(), event: z.string().optional() }, async ({ userId, event }) => ({
    content: [{ type: "text", text: JSON.stringify(await eventsForUser(userId, event)) }],
  }));
  s.tool("top_pages", "Page views of a path grouped by a column (country, device, referrer).", { path: z.string().max(512), groupBy: z.string() }, async ({ path, groupBy }) => ({
    content: [{ type: "text", text: JSON.stringify(await topPages(path, groupBy)) }],
  }));
  return s;
}

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://bi.analytics.example", "http://localhost:6274"], credentials: true }));
app.use(express.json());

app.post("/mcp", requireBearerAuth({ verifier, requiredScopes: ["analytics:read"] }), async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["localhost:8124", "127.0.0.1:8124"] });
  const server = build();
  res.on("close", () => { void transport.close(); void server.close(); });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(8124, "127.0.0.1", () => console.error("clickhouse-analytics on 127.0.0.1:8124"));
