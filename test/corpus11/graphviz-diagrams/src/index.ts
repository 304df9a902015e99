import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { renderTools } from "./tools/render.js";
import { layoutTools } from "./tools/layout.js";
import type { ToolDefinition } from "./types.js";

const tools: ToolDefinition[] = [...renderTools, ...layoutTools];

const server = new McpServer({ name: "graphviz-diagrams", version: "1.2.0" });

for (const t of tools) {
  server.registerTool(t.name, { description: t.description, inputSchema: t.inputSchema, annotations: t.annotations }, t.handler);
}

const transport = new StdioServerTransport();
await server.connect(transport);
