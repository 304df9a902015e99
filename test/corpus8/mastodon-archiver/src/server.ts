import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { HANDLERS, TOOLS } from "./handlers/index.js";

const server = new Server({ name: "mastodon-archiver", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = HANDLERS[request.params.name];
  if (!handler) {
    return { content: [{ type: "text", text: `no such tool: ${request.params.name}` }], isError: true };
  }
  // ruleid: weak-input-schema
  const text = await handler(request.params.arguments ?? {});
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
