import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createDeps } from "./deps.js";
import { registerTools } from "./tools.js";

const server = new McpServer({ name: "amateur-rocketry", version: "0.2.0" }, { capabilities: { logging: {} } });
registerTools(server, createDeps());

const transport = new StdioServerTransport();
await server.connect(transport);
