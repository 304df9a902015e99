// Uptime probes and status-page incidents over MCP (express, Streamable HTTP, bearer auth).
import express from "express";
import { randomUUID } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { requireBearerAuth } from "@modelcontextprotocol/sdk/server/auth/middleware/bearerAuth.js";
import { ProxyOAuthServerProvider } from "@modelcontextprotocol/sdk/server/auth/providers/proxyProvider.js";
import { z } from "zod";
import { probe, probeInternal, listIncidents, postIncident, subscriberToken } from "./probes.js";

const provider = new ProxyOAuthServerProvider({
  endpoints: { authorizationUrl: "https://auth.example.net/authorize", tokenUrl: "https://auth.example.net/token", revocationUrl: "https://auth.example.net/revoke" },
  verifyAccessToken: async (token) => {
    const res = await fetch("https://auth.example.net/userinfo", { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error("invalid token");
    const info = (await res.json()) as { sub: string; scope?: string };
    return { token, clientId: info.sub, scopes: (info.scope ?? "").split(" ") };
  },
  getClient: async (clientId) => ({ client_id: clientId, redirect_uris: ["http://localhost:6274/oauth/callback"] }),
});

function build(): McpServer {
  const s = new McpServer({ name: "uptime-probes", version: "0.4.0" });

  s.tool("probe_url", "Probe any public URL and report status and latency.", { url: z.string().url(), timeoutMs: z.number().int().min(100).max(10_000).default(3000) }, async ({ url, timeoutMs }) => ({
    content: [{ type: "text", text: JSON.stringify(await probe(url, timeoutMs)) }],
  }));

  s.tool("probe_intranet", "Probe an intranet page by path.", { path: z.string().max(200) }, async ({ path }) => ({
    content: [{ type: "text", text: JSON.stringify(await probeInternal(path)) }],
  }));

  s.tool("open_incidents", "Open incidents on the status page.", {}, { readOnlyHint: true }, async () => ({
    content: [{ type: "text", text: (await listIncidents()).map((i) => `${i.id} [${i.state}] ${i.title}`).join("\n") || "none" }],
  }));

  s.tool("declare_incident", "Declare an incident on the public status page.", { title: z.string().max(120), body: z.string().max(4000) }, async ({ title, body }, extra) => {
    const id = await postIncident(title, body, `Bearer ${extra.authInfo?.token}`);
    return { content: [{ type: "text", text: `incident ${id} declared; subscriber link token ${subscriberToken()}` }] };
  });

  return s;
}

const app = express();
app.use(express.json());
const transports: Record<string, StreamableHTTPServerTransport> = {};

app.all("/mcp", requireBearerAuth({ verifier: provider }), async (req, res) => {
  const sid = req.headers["mcp-session-id"] as string | undefined;
  let t = sid ? transports[sid] : undefined;
  if (!t) {
    // ok: http-transport-without-auth
    t = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => (transports[id] = t!),
      // Browser-based clients of the NOC wall screens send odd Host headers.
      // ruleid: dns-rebinding-unprotected
      enableDnsRebindingProtection: false,
    });
    await build().connect(t);
  }
  await t.handleRequest(req, res, req.body);
});

app.listen(8731, "127.0.0.1");
