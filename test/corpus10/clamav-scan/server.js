#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const scanner = require("./scanner");

const server = new McpServer({ name: "clamav-scan", version: "1.0.4" });

const text = (t) => ({ content: [{ type: "text", text: t }] });
const formatHits = (hits) => (hits.length ? hits.map((h) => `${h.signature}  ${h.file}`).join("\n") : "clean");

server.tool("quick_scan", "Scan a path with the running clamd daemon", { path: z.string() }, async (args) => text(formatHits(scanner.quickScan(args.path))));

server.tool("deep_scan", "Recursive clamscan of a folder under the incoming root", { path: z.string() }, async ({ path }) => text(formatHits(scanner.deepScan(path))));

server.tool(
  "quarantine",
  "Move infected files into quarantine",
  { files: z.array(z.string()).min(1) },
  { destructiveHint: true },
  async ({ files }) => {
    const moved = files.map((f) => `${f} → ${scanner.quarantine(f)}`);
    return text(moved.join("\n"));
  },
);

server.tool("scan_report", "Read a saved scan report", { name: z.string() }, async ({ name }) => text(scanner.readReport(name)));

server.tool(
  "update_signatures",
  "Run freshclam, optionally against a private mirror",
  { mirror: z.string().default("database.clamav.net") },
  async ({ mirror }) => text((await scanner.updateSignatures(mirror)) || "signatures up to date"),
);

server.connect(new StdioServerTransport());
