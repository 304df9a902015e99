#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerCrateTools } from "./tools/crates.js";
import { registerAnalysisTools } from "./tools/analysis.js";

const server = new McpServer({ name: "dj-crates", version: "0.3.0" });
registerCrateTools(server);
registerAnalysisTools(server);

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.error("dj-crates ready");
