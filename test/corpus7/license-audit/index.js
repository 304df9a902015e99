"use strict";
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { zodToJsonSchema } = require("zod-to-json-schema");
const { handlers, ScanArgs, CheckArgs, LookupArgs } = require("./lib/handlers");

const server = new Server({ name: "license-audit", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "scan", description: "List the licenses of a project's dependencies", inputSchema: zodToJsonSchema(ScanArgs) },
    { name: "check_policy", description: "Check dependencies against a YAML license policy", inputSchema: zodToJsonSchema(CheckArgs) },
    { name: "lookup", description: "Look up the declared license of npm packages", inputSchema: zodToJsonSchema(LookupArgs) },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) throw new Error(`unknown tool ${request.params.name}`);
  try {
    const result = await handler(request.params.arguments || {});
    return { content: [{ type: "text", text: JSON.stringify(result, null, 2) }] };
  } catch (err) {
    console.error(err);
    return { content: [{ type: "text", text: "license audit failed" }], isError: true };
  }
});

server.connect(new StdioServerTransport());
