#!/usr/bin/env node
"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { optimiseRoute, optimiseDistrict, loadRoute } = require("./lib/routes");

const server = new Server({ name: "waste-collection-routes", version: "0.6.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "optimise_route",
      description: "Run the VROOM optimiser on a prepared problem file.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
    {
      name: "optimise_district",
      description: "Re-plan all collection rounds of a district.",
      // ok: weak-input-schema
      inputSchema: { type: "object", properties: { district: { type: "string", enum: ["north", "south", "east", "west", "centre"] } }, required: ["district"], additionalProperties: false },
    },
    {
      name: "get_route",
      description: "Stops and timings of a planned route.",
      inputSchema: { type: "object", properties: { route: { type: "string" } }, required: ["route"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const name = request.params.name;
  // ruleid: weak-input-schema
  const args = request.params.arguments || {};
  const reply = (obj) => ({ content: [{ type: "text", text: typeof obj === "string" ? obj : JSON.stringify(obj) }] });

  if (name === "optimise_route") {
    const { problem, threads } = args;
    return reply(await optimiseRoute(problem, threads));
  }
  if (name === "optimise_district") {
    return reply(await optimiseDistrict(args.district));
  }
  if (name === "get_route") {
    return reply(loadRoute(args.route));
  }
  throw new Error(`Unknown tool: ${name}`);
});

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
