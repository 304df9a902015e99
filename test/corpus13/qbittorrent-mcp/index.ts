import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { TOOL_LIST } from "./schemas.js";
import { handlers } from "./handlers.js";

const server = new Server(
  { name: "qbittorrent-mcp", version: "1.2.0" },
  { capabilities: { tools: {} } },
);

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOL_LIST }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) {
    throw new Error(`unknown tool ${request.params.name}`);
  }
  // ruleid: weak-input-schema
  const args = (request.params.arguments ?? {}) as Record<string, any>;
  try {
    const text = await handler(args);
    return { content: [{ type: "text", text }] };
  } catch (err) {
    return { isError: true, content: [{ type: "text", text: "qBittorrent call failed" }] };
  }
});

await server.connect(new StdioServerTransport());
