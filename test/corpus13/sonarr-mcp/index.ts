#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { allTools } from "./tools/index.js";

const server = new McpServer({ name: "sonarr-mcp", version: "0.4.2" });

for (const t of allTools) {
  server.tool(t.name, t.description, t.inputSchema.shape, t.handler);
}

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  console.error("sonarr-mcp ready on stdio");
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
