const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { handlers, definitions } = require("./lib/handlers");

const server = new Server({ name: "scooter-fleet", version: "0.7.5" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: definitions }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args = request.params.arguments || {};
  const handler = handlers[name];
  if (!handler) throw new Error(`no such tool: ${name}`);
  const text = await handler(args);
  return { content: [{ type: "text", text }] };
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
