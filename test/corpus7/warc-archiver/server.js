#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const serialize = require("node-serialize");
const { wgetMirror, wgetSingle, fetchRobots } = require("./lib/crawl");
const { checkArchivable } = require("./lib/urls");
const { recordCapture, capturesIn, searchCaptures } = require("./lib/catalog");

const server = new McpServer({ name: "warc-archiver", version: "0.3.2" });

server.tool(
  "archive_page",
  "Archive a single page with its requisites into a WARC file",
  { url: z.string().url(), name: z.string().regex(/^[a-z0-9-]{1,60}$/) },
  async ({ url, name }) => {
    const target = await checkArchivable(url);
    const log = await wgetSingle(target.href, name);
    recordCapture(name, target.href, `${name}.warc.gz`);
    return { content: [{ type: "text", text: log.slice(-4000) }] };
  },
);

server.tool(
  "mirror_site",
  "Mirror a whole site into a WARC collection",
  { url: z.string(), collection: z.string(), depth: z.number().int().min(1).max(5).default(2) },
  async ({ url, collection, depth }) => {
    const tail = await wgetMirror(url, collection, depth);
    return { content: [{ type: "text", text: tail }] };
  },
);

server.tool(
  "list_captures",
  "Latest captures of a collection",
  { collection: z.string().max(60), limit: z.number().int().min(1).max(500).default(50) },
  async ({ collection, limit }) => ({ content: [{ type: "text", text: JSON.stringify(capturesIn(collection, limit), null, 2) }] }),
);

server.tool(
  "search_captures",
  "Search captured URLs",
  { text: z.string(), order: z.string().optional().describe("SQL ORDER BY clause, default newest first") },
  async ({ text, order }) => ({ content: [{ type: "text", text: JSON.stringify(searchCaptures(text, order), null, 2) }] }),
);

server.tool("robots", "Show a site's robots.txt before archiving it", { site: z.string() }, async ({ site }) => ({
  content: [{ type: "text", text: await fetchRobots(site.replace(/\/$/, "")) }],
}));

server.tool(
  "restore_crawl_state",
  "Resume a crawl from a state blob exported by `export_crawl_state`",
  { state: z.string() },
  async ({ state }) => {
    // ruleid: unsafe-deserialization
    const saved = serialize.unserialize(Buffer.from(state, "base64").toString("utf8"));
    return { content: [{ type: "text", text: `resumed ${saved.queue.length} queued URLs for ${saved.collection}` }] };
  },
);

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
