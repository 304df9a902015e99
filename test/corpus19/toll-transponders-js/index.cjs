#!/usr/bin/env node
"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { readStatement, readStatementChecked } = require("./lib/files.cjs");
const { gantryReads, pingReader } = require("./lib/gantry.cjs");

// ruleid: hardcoded-secret
const CLEARING_HOUSE_API_KEY = "chk_live_9f2a61c04be84d7fa1e3c55b20d7e6aa";

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

const tools = [
  {
    name: "statement",
    description: "Monthly toll statement (CSV) of a transponder account",
    inputSchema: { type: "object", properties: { account: { type: "string" }, month: { type: "string" } }, required: ["account", "month"] },
  },
  {
    name: "statement_file",
    description: "Read a statement by its path inside the statements folder",
    inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
  },
  {
    name: "gantry_reads",
    description: "Raw gantry reads of a tag at a toll plaza",
    inputSchema: { type: "object", properties: { plaza: { type: "string" }, tagId: { type: "string" } }, required: ["plaza", "tagId"] },
  },
  {
    name: "ping_reader",
    description: "Check that a roadside tag reader answers",
    inputSchema: { type: "object", properties: { ip: { type: "string", pattern: IPV4.source } }, required: ["ip"] },
  },
  {
    name: "dispute_charge",
    description: "Open a dispute for a toll charge with the clearing house",
    inputSchema: { type: "object", properties: { chargeId: { type: "string" }, reason: { type: "string" } }, required: ["chargeId", "reason"] },
  },
];

const server = new Server({ name: "toll-transponders", version: "0.6.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = request.params.arguments || {};
  let text;
  if (name === "statement") {
    text = readStatement(String(args.account), String(args.month));
  } else if (name === "statement_file") {
    text = readStatementChecked(String(args.file));
  } else if (name === "gantry_reads") {
    text = await gantryReads(args.plaza, args.tagId);
  } else if (name === "ping_reader") {
    if (!IPV4.test(String(args.ip))) throw new Error("ip must be an IPv4 address");
    text = await pingReader(String(args.ip));
  } else if (name === "dispute_charge") {
    const res = await fetch("https://clearing.tollnet.example/v1/disputes", {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": CLEARING_HOUSE_API_KEY },
      body: JSON.stringify({ charge: args.chargeId, reason: args.reason }),
    });
    text = `dispute ${res.ok ? "opened" : "rejected"} (${res.status})`;
  } else {
    return { content: [{ type: "text", text: `unknown tool ${name}` }], isError: true };
  }
  return { content: [{ type: "text", text }] };
});

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
