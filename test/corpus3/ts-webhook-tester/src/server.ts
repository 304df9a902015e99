// webhook-tester: send test payloads to webhook endpoints (Streamable HTTP + legacy SSE).
import express from "express";
import cors from "cors";
import axios from "axios";
import got from "got";
import http from "node:http";
import { randomUUID, timingSafeEqual } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { z } from "zod";
import { receiverUrl } from "./targets.js";

const API_TOKEN = Buffer.from(process.env.WEBHOOK_TESTER_TOKEN ?? "");
const PORT = 5055;

function build() {
  const server = new McpServer({ name: "webhook-tester", version: "1.1.0" });

  server.tool("send_test", "POST a JSON test payload to any webhook URL.", { url: z.string().url(), payload: z.record(z.string(), z.unknown()) }, async ({ url, payload }) => {
    // ruleid: tool-input-to-url
    const res = await axios.post(url, payload, { timeout: 10_000, validateStatus: () => true });
    return { content: [{ type: "text", text: `${res.status} ${JSON.stringify(res.data).slice(0, 2000)}` }] };
  });

  server.tool("send_to_receiver", "POST a JSON test payload to a configured receiver.", { url: z.string(), payload: z.record(z.string(), z.unknown()) }, async ({ url, payload }) => {
    const target = await receiverUrl(url);
    // ok: tool-input-to-url
    const res = await axios.post(target, payload, { timeout: 10_000, maxRedirects: 0, validateStatus: () => true });
    return { content: [{ type: "text", text: String(res.status) }] };
  });

  server.tool("probe", "GET a URL and report status and headers.", { url: z.string() }, async ({ url }) => {
    // ruleid: tool-input-to-url
    const res = await got(url, { throwHttpErrors: false, timeout: { request: 10_000 } });
    return { content: [{ type: "text", text: JSON.stringify({ status: res.statusCode, headers: res.headers }, null, 2) }] };
  });

  server.tool("ping_legacy", "Ping a plain-HTTP legacy receiver by host and port.", { host: z.string(), port: z.number().int().default(80) }, async ({ host, port }) => {
    const status = await new Promise<number>((resolve, reject) => {
      // ruleid: tool-input-to-url
      const req = http.request({ host, port, path: "/health", method: "GET", timeout: 5000 }, (res) => resolve(res.statusCode ?? 0));
      req.on("error", reject);
      req.end();
    });
    return { content: [{ type: "text", text: `HTTP ${status}` }] };
  });

  return server;
}

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: "*", allowedHeaders: ["Authorization", "Content-Type", "Mcp-Session-Id"] }));
app.use((req, res, next) => {
  const given = Buffer.from((req.headers.authorization ?? "").replace(/^Bearer /, ""));
  if (API_TOKEN.length === 0 || given.length !== API_TOKEN.length || !timingSafeEqual(given, API_TOKEN)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
});
app.use(express.json());

const streams = new Map<string, StreamableHTTPServerTransport>();
const sse = new Map<string, SSEServerTransport>();

app.post("/mcp", async (req, res) => {
  let t = streams.get(req.header("mcp-session-id") ?? "");
  if (!t) {
    // Protection off: the tester is reached through ngrok tunnels with changing host names.
    // ruleid: dns-rebinding-unprotected
    t = new StreamableHTTPServerTransport({ sessionIdGenerator: randomUUID, enableDnsRebindingProtection: false, onsessioninitialized: (id) => void streams.set(id, t!) });
    await build().connect(t);
  }
  await t.handleRequest(req, res, req.body);
});

app.get("/sse", async (_req, res) => {
  // ok: dns-rebinding-unprotected
  const t = new SSEServerTransport("/messages", res, { enableDnsRebindingProtection: true, allowedHosts: [`127.0.0.1:${PORT}`, `localhost:${PORT}`], allowedOrigins: [`http://localhost:${PORT}`] });
  sse.set(t.sessionId, t);
  res.on("close", () => sse.delete(t.sessionId));
  await build().connect(t);
});

app.post("/messages", async (req, res) => {
  const t = sse.get(String(req.query.sessionId));
  if (!t) return void res.sendStatus(404);
  await t.handlePostMessage(req, res, req.body);
});

app.listen(PORT, "127.0.0.1");
