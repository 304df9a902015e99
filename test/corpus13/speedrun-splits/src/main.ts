import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerFileTools } from "./tools/files.js";
import { registerCompareTools } from "./tools/compare.js";

const ctx = { splitsRoot: process.env.SPLITS_ROOT ?? `${process.env.HOME}/LiveSplit/splits` };

const server = new McpServer({ name: "speedrun-splits", version: "0.2.1" });
registerFileTools(server, ctx);
registerCompareTools(server, ctx);

await server.connect(new StdioServerTransport());
