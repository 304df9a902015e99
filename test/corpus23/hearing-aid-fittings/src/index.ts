import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerFittingTools } from "./tools/fitting.js";

const server = new McpServer({ name: "hearing-aid-fittings", version: "0.5.0" });
registerFittingTools(server);

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
process.stderr.write("hearing-aid-fittings MCP server on stdio\n");
