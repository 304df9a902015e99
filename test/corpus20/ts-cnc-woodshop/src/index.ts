import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { handlers, toolList } from "./handlers/index.js";
import { withErrorHandling } from "./lib/errors.js";

const server = new Server({ name: "cnc-woodshop", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolList }));

server.setRequestHandler(
  CallToolRequestSchema,
  withErrorHandling(async (request) => {
    const handler = handlers[request.params.name];
    if (!handler) throw new Error(`no such tool: ${request.params.name}`);
    // ruleid: weak-input-schema
    const args = request.params.arguments as Record<string, any>;
    return handler(args);
  }),
);

await server.connect(new StdioServerTransport());
