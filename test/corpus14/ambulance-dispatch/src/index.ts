import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import type { ToolDefinition } from "./define.js";
import { coverageTool, etaTool } from "./tools/eta.js";
import { exportLogTool, readLogTool, tailLogTool } from "./tools/logs.js";

const TOOLS: ToolDefinition<any>[] = [etaTool, coverageTool, readLogTool, tailLogTool, exportLogTool];

const server = new McpServer({ name: "ambulance-dispatch", version: "0.9.0" });

for (const tool of TOOLS) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema }, tool.handler);
}

await server.connect(new StdioServerTransport());
console.error(`ambulance-dispatch: ${TOOLS.length} tools registered`);
