#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerProjectTools } from "./tools/projects.js";
import { registerGraphTools } from "./tools/graph.js";
import { loadWorkspace } from "./workspace.js";

const workspace = loadWorkspace(process.env.NX_WORKSPACE_ROOT ?? process.cwd());
const server = new McpServer({ name: "nx-workspace", version: "0.4.2" });

registerProjectTools(server, workspace);
registerGraphTools(server, workspace);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error(`nx-workspace MCP server ready (${workspace.root})`);
}

main().catch((err) => {
  console.error("fatal:", err);
  process.exit(1);
});
