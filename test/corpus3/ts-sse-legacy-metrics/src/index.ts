// metrics-mcp: Prometheus queries over both the legacy SSE and the Streamable HTTP transport.
import express from "express";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const PROM_URL = process.env.PROMETHEUS_URL ?? "http://prometheus.monitoring.svc:9090";
// ruleid: bind-all-interfaces
const HOST = process.env.HOST ?? "0.0.0.0";
const PORT = Number(process.env.PORT ?? 9464);
// ruleid: hardcoded-secret
const GRAFANA_API_KEY = "glsa_Xr8TkQ2mVz5pLw9Ny3Hc7Jd1Fb4Gs6Ae_2c9f41d7";

function buildServer() {
  const server = new McpServer({ name: "metrics-mcp", version: "0.4.0" });

  server.tool("instant_query", "Run an instant PromQL query.", { query: z.string().max(2000) }, async ({ query }) => {
    // ok: tool-input-to-url
    const res = await fetch(`${PROM_URL}/api/v1/query?query=${encodeURIComponent(query)}`);
    return { content: [{ type: "text", text: await res.text() }] };
  });

  server.tool(
    "remote_query",
    "Run a PromQL query against another Prometheus server by base URL.",
    { baseUrl: z.string().url(), query: z.string() },
    async ({ baseUrl, query }) => {
      // ruleid: tool-input-to-url
      const res = await fetch(new URL(`/api/v1/query?query=${encodeURIComponent(query)}`, baseUrl));
      return { content: [{ type: "text", text: await res.text() }] };
    },
  );

  server.tool("dashboards", "List Grafana dashboards matching a title.", { title: z.string() }, async ({ title }) => {
    const res = await fetch(`https://grafana.example.com/api/search?query=${encodeURIComponent(title)}`, {
      headers: { Authorization: `Bearer ${GRAFANA_API_KEY}` },
    });
    return { content: [{ type: "text", text: await res.text() }] };
  });
  return server;
}

const app = express();
app.use(express.json());
app.use((req, res, next) => {
  // ruleid: cors-wildcard-credentials
  res.set({ "Access-Control-Allow-Origin": req.headers.origin ?? "*", "Access-Control-Allow-Credentials": "true" });
  res.set("Access-Control-Allow-Headers", "Content-Type, Mcp-Session-Id, Authorization");
  next();
});

const sse: Record<string, SSEServerTransport> = {};
const streams: Record<string, StreamableHTTPServerTransport> = {};

app.get("/sse", async (_req, res) => {
  // ruleid: http-transport-without-auth
  const t = new SSEServerTransport("/messages", res);
  sse[t.sessionId] = t;
  res.on("close", () => delete sse[t.sessionId]);
  await buildServer().connect(t);
});

app.post("/messages", async (req, res) => {
  const t = sse[req.query.sessionId as string];
  if (!t) return void res.status(404).end();
  await t.handlePostMessage(req, res, req.body);
});

app.post("/mcp", async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let t = sid ? streams[sid] : undefined;
  if (!t) {
    // ruleid: http-transport-without-auth
    t = new StreamableHTTPServerTransport({
      // ruleid: insecure-randomness
      sessionIdGenerator: () => Math.random().toString(36).slice(2) + Date.now().toString(36),
      onsessioninitialized: (id) => (streams[id] = t!),
    });
    await buildServer().connect(t);
  }
  await t.handleRequest(req, res, req.body);
});

app.listen(PORT, HOST, () => console.log(`metrics-mcp on ${HOST}:${PORT}`));
