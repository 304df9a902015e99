#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerDriftTools } from "./tools/drift.js";
import { BASELINE_ROOT } from "./utils/paths.js";
import { promises as fsp } from "node:fs";

const server = new McpServer({ name: "config-drift", version: "0.6.0" });

registerDriftTools(server);

server.tool("list_baselines", "List approved configuration baselines", async () => ({
  content: [{ type: "text", text: (await fsp.readdir(BASELINE_ROOT)).join("\n") }],
}));

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.error("config-drift MCP server connected");
