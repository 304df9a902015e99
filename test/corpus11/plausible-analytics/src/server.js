"use strict";
const express = require("express");
const cors = require("cors");
const crypto = require("crypto");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");
const { z } = require("zod");
const stats = require("./stats");
const sites = require("./sites");

const API_TOKEN = process.env.MCP_API_TOKEN;
if (!API_TOKEN) throw new Error("MCP_API_TOKEN must be set");

function requireToken(req, res, next) {
  const got = Buffer.from(String(req.headers.authorization || "").replace(/^Bearer /, ""));
  const want = Buffer.from(API_TOKEN);
  if (got.length !== want.length || !crypto.timingSafeEqual(got, want)) return res.status(401).json({ error: "unauthorized" });
  next();
}

function buildServer() {
  const server = new McpServer({ name: "plausible-analytics", version: "0.4.0" });
  const json = (v) => ({ content: [{ type: "text", text: JSON.stringify(v, null, 2) }] });

  server.tool("top_pages", { domain: z.string(), since: z.string().date(), limit: z.number().int().max(500).default(50) }, async ({ domain, since, limit }) => {
    const site = await sites.siteByDomain(domain);
    return json((await stats.topPages(site.id, since, limit)).rows);
  });

  server.tool("metric", { domain: z.string(), metric: z.string() }, async ({ domain, metric }) => {
    const site = await sites.siteByDomain(domain);
    return json((await stats.metric(site.id, metric)).rows);
  });

  server.tool("breakdown", "Break down events by a property column.", { domain: z.string(), property: z.string() }, async ({ domain, property }) => {
    const site = await sites.siteByDomain(domain);
    return json((await stats.breakdown(site.id, property)).rows);
  });

  server.tool("find_goals", { siteId: z.number().int(), filter: z.string() }, async ({ siteId, filter }) => {
    const rows = await stats.goalsMatching(siteId, filter);
    return json(rows);
  });

  server.tool("my_sites", { email: z.string().max(320) }, async ({ email }) => json(await sites.sitesOwnedBy(email)));
  return server;
}

const app = express();
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://analytics.example.com"], credentials: true }));
app.use(express.json());

app.post("/mcp", requireToken, async (req, res) => {
  const server = buildServer();
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT || 8787), "127.0.0.1");
