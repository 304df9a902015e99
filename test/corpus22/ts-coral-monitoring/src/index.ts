import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerTransectTools } from "./tools/transects.js";

const server = new McpServer({ name: "coral-monitoring", version: "1.0.0" });
registerTransectTools(server);

// ok: stdout-in-stdio-server
console.error("coral-monitoring ready on stdio");
await server.connect(new StdioServerTransport());
