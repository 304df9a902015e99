import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerFileTools } from "./tools/files.js";
import { registerShareTools } from "./tools/shares.js";
import { loadConfig } from "./config.js";

const config = loadConfig();
const server = new McpServer({ name: "nextcloud-files", version: "2.0.1" });

registerFileTools(server, config);
registerShareTools(server, config);

await server.connect(new StdioServerTransport());
