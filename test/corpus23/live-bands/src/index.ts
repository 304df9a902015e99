import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { TOOLS } from "./tools/registry.js";

const server = new Server({ name: "live-bands", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: Object.entries(TOOLS).map(([name, t]) => ({ name, description: t.description, inputSchema: zodToJsonSchema(t.schema) })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = TOOLS[request.params.name];
  if (!tool) return { content: [{ type: "text", text: "unknown tool" }], isError: true };
  try {
    // ok: weak-input-schema
    const args = tool.schema.parse(request.params.arguments ?? {}) as Record<string, unknown>;
    return { content: [{ type: "text", text: await tool.handler(args) }] };
  } catch (err) {
    // ok: error-detail-leak
    return { content: [{ type: "text", text: err instanceof Error && err.name === "ZodError" ? "invalid arguments" : "tool failed" }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
