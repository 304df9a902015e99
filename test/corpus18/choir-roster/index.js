#!/usr/bin/env node
"use strict";
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { openDb } = require("./lib/db");
const { registerMemberTools } = require("./tools/members");
const { registerScoreTools } = require("./tools/scores");

async function main() {
  const server = new McpServer({ name: "choir-roster", version: "1.4.0" });
  const db = openDb(process.env.CHOIR_DB || "./choir.sqlite");
  registerMemberTools(server, db, Number(process.env.CHOIR_SEASON || 2025));
  registerScoreTools(server);
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
