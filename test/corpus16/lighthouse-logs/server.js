#!/usr/bin/env node
"use strict";
const fs = require("fs");
const path = require("path");
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { grepLogs, grepLogsSafe, lampHours, LOG_DIR } = require("./lib/logs");
const { applyPreset, applyCustom, restoreSavedFilter } = require("./lib/filters");

const STATIONS = ["south-stack", "bishop-rock", "fastnet", "eddystone", "longships"];
const server = new McpServer({ name: "lighthouse-logs", version: "0.2.0" });

function loadEntries(station) {
  const file = path.join(LOG_DIR, station, "entries.jsonl");
  return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

server.tool("search_logs", "Full-text search of keepers' logs.", { term: z.string(), station: z.string().optional() }, async ({ term, station }) => ({
  content: [{ type: "text", text: grepLogs(term, station) }],
}));

server.tool(
  "search_station_log",
  "Search one station's keeper log.",
  { term: z.string().max(100), station: z.enum(STATIONS) },
  async ({ term, station }) => ({ content: [{ type: "text", text: grepLogsSafe(term, station) }] }),
);

server.tool(
  "filter_entries",
  "Filter a station's log entries with a preset (fog, gale, lampFault) or a custom JS condition on `entry`.",
  { station: z.enum(STATIONS), preset: z.enum(["fog", "gale", "lampFault"]).optional(), condition: z.string().optional() },
  async ({ station, preset, condition }) => {
    const entries = loadEntries(station);
    const hits = condition ? applyCustom(entries, condition) : applyPreset(entries, preset || "fog");
    return { content: [{ type: "text", text: JSON.stringify(hits.slice(0, 100)) }] };
  },
);

server.tool(
  "saved_filter",
  "Show what a saved filter (exported from the keepers' desktop app) contains.",
  { saved: z.string() },
  async ({ saved }) => ({ content: [{ type: "text", text: JSON.stringify(restoreSavedFilter(saved)) }] }),
);

server.tool("lamp_hours", "Lamp running hours for a station.", { station: z.enum(STATIONS) }, async ({ station }) => ({
  content: [{ type: "text", text: lampHours(station) }],
}));

server.connect(new StdioServerTransport()).catch((err) => {
  // ok: stdout-in-stdio-server
  console.error("lighthouse-logs failed to start:", err);
  process.exit(1);
});
