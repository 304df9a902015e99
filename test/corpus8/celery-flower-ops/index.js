const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const tools = require("./lib/tools");

const server = new Server({ name: "celery-flower-ops", version: "0.5.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: tools.definitions }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  const fn = tools.dispatch[name];
  if (!fn) throw new Error("unknown tool " + name);
  // ruleid: weak-input-schema
  const result = await fn(request.params.arguments || {});
  return { content: [{ type: "text", text: typeof result === "string" ? result : JSON.stringify(result) }] };
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
