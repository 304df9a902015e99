#!/usr/bin/env node
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { z } = require("zod");
const handlers = require("./handlers.js");

const schemas = {
  dues_status: z.object({ unit: z.string().regex(/^[A-D]-\d{3}$/) }),
  violation_notice: z.object({ unit: z.string(), rule: z.string(), photo: z.string().optional() }),
  architectural_request: z.object({ unit: z.string(), description: z.string().max(2000) }),
  minutes: z.object({ meeting: z.string() }),
  vendor_quote: z.object({ vendorUrl: z.string().url() }),
};

const server = new Server({ name: "hoa-board", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "dues_status", description: "Dues balance of a unit", inputSchema: { type: "object", properties: { unit: { type: "string", pattern: "^[A-D]-\\d{3}$" } }, required: ["unit"] } },
    { name: "violation_notice", description: "Generate a covenant violation notice", inputSchema: { type: "object", properties: { unit: { type: "string" }, rule: { type: "string" }, photo: { type: "string" } }, required: ["unit", "rule"] } },
    { name: "architectural_request", description: "Log an architectural review request", inputSchema: { type: "object", properties: { unit: { type: "string" }, description: { type: "string" } }, required: ["unit", "description"] } },
    { name: "minutes", description: "Board meeting minutes", inputSchema: { type: "object", properties: { meeting: { type: "string" } }, required: ["meeting"] } },
    { name: "vendor_quote", description: "Fetch a vendor's quote page", inputSchema: { type: "object", properties: { vendorUrl: { type: "string" } }, required: ["vendorUrl"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  const schema = schemas[name];
  const handler = handlers[name];
  if (!schema || !handler) {
    return { isError: true, content: [{ type: "text", text: `unknown tool ${name}` }] };
  }
  // ok: weak-input-schema
  const args = schema.parse(request.params.arguments);
  try {
    return { content: [{ type: "text", text: await handler(args) }] };
  } catch (err) {
    // ruleid: error-detail-leak
    return { isError: true, content: [{ type: "text", text: err.stack }] };
  }
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
