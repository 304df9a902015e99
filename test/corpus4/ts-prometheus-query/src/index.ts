// Prometheus query MCP server over Streamable HTTP (express), protected by bearer tokens.
import express from "express";
import cors from "cors";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import type { AuthInfo } from "@modelcontextprotocol/sdk/server/auth/types.js";
import { z } from "zod";
import { assertAllowedExporter } from "./netguard.js";

const PROM_URL = process.env.PROMETHEUS_URL ?? "http://127.0.0.1:9090";
const PORT = Number(process.env.PORT ?? 3020);
const INTROSPECT_URL = process.env.INTROSPECTION_URL ?? "https://auth.example.com/oauth2/introspect";

function buildServer(): McpServer {
  const server = new McpServer({ name: "prometheus-query", version: "0.9.0" });

  server.tool(
    "instant_query",
    "Evaluate a PromQL expression at a single instant.",
    { query: z.string().max(2000), time: z.string().datetime().optional() },
    { readOnlyHint: true, openWorldHint: false },
    async ({ query, time }) => {
      const url = new URL("/api/v1/query", PROM_URL);
      url.searchParams.set("query", query);
      if (time) url.searchParams.set("time", time);
      // ok: tool-input-to-url
      const res = await fetch(url);
      const body = await res.json();
      return { content: [{ type: "text", text: JSON.stringify(body.data ?? body) }] };
    },
  );

  server.tool(
    "list_targets",
    "List scrape targets and their health.",
    { state: z.enum(["active", "dropped", "any"]).default("active") },
    async ({ state }) => {
      const res = await fetch(`${PROM_URL}/api/v1/targets?state=${state}`);
      const body = await res.json();
      return { content: [{ type: "text", text: JSON.stringify(body.data.activeTargets ?? []) }] };
    },
  );

  server.tool(
    "scrape_exporter",
    "Fetch the raw /metrics page of an exporter on the monitoring allow-list.",
    { url: z.string().url() },
    async ({ url }) => {
      const checked = await assertAllowedExporter(url);
      // ok: tool-input-to-url
      const res = await fetch(checked, { redirect: "error" });
      const text = await res.text();
      return { content: [{ type: "text", text: text.slice(0, 20000) }] };
    },
  );

  server.tool(
    "probe_endpoint",
    "Ask the blackbox exporter-like helper to probe an arbitrary endpoint and report latency.",
    { target: z.string() },
    async ({ target }) => {
      const started = Date.now();
      // ruleid: tool-input-to-url
      const res = await fetch(target, { method: "GET" });
      return { content: [{ type: "text", text: `${target}: HTTP ${res.status} in ${Date.now() - started} ms` }] };
    },
  );

  return server;
}

async function verifyAccessToken(token: string): Promise<AuthInfo> {
  const res = await fetch(INTROSPECT_URL, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: `Basic ${process.env.INTROSPECTION_CREDENTIALS}` },
    body: new URLSearchParams({ token }),
  });
  const data = await res.json();
  if (!data.active) throw new Error("inactive token");
  return { token, clientId: data.client_id, scopes: String(data.scope ?? "").split(" "), expiresAt: data.exp };
}

const app = express();
app.use(express.json({ limit: "1mb" }));
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://grafana.example.com", "https://ops.example.com"], credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));

const auth = requireBearerAuth({ verifier: { verifyAccessToken }, requiredScopes: ["metrics:read"] });
const transports = new Map<string, StreamableHTTPServerTransport>();

app.post("/mcp", auth, async (req, res) => {
  const sid = req.header("mcp-session-id");
  let transport = sid ? transports.get(sid) : undefined;
  if (!transport) {
    // ok: http-transport-without-auth
    transport = new StreamableHTTPServerTransport({
      // ok: insecure-randomness
      sessionIdGenerator: () => randomUUID(),
      enableDnsRebindingProtection: true,
      allowedHosts: [`127.0.0.1:${PORT}`, `localhost:${PORT}`],
      onsessioninitialized: (id) => transports.set(id, transport!),
    });
    transport.onclose = () => transport?.sessionId && transports.delete(transport.sessionId);
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

app.get("/mcp", auth, async (req, res) => {
  const transport = transports.get(req.header("mcp-session-id") ?? "");
  if (!transport) return res.status(400).send("unknown session");
  await transport.handleRequest(req, res);
});

// ok: bind-all-interfaces
app.listen(PORT, "127.0.0.1", () => {
  // ok: stdout-in-stdio-server
  console.log(`prometheus MCP listening on http://127.0.0.1:${PORT}/mcp`);
});
