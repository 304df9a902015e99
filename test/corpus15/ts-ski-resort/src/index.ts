import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { toolSchemas, handlers, descriptions, type ToolName } from "./handlers.js";

const server = new Server({ name: "ski-resort-ops", version: "3.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: (Object.keys(toolSchemas) as ToolName[]).map((name) => ({
    name,
    description: descriptions[name],
    inputSchema: zodToJsonSchema(toolSchemas[name]) as { type: "object" },
  })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const name = request.params.name as ToolName;
  if (!(name in handlers)) {
    return { content: [{ type: "text", text: `unknown tool ${name}` }], isError: true };
  }
  // ok: weak-input-schema
  const args = toolSchemas[name].parse(request.params.arguments ?? {});
  try {
    const text = await (handlers[name] as (a: unknown) => Promise<string>)(args);
    return { content: [{ type: "text", text }] };
  } catch (err) {
    console.error(`[${name}]`, err);
    return { content: [{ type: "text", text: `${name} failed; see the server log` }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
