import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { loadCtx } from "./ctx.js";
import { registerCabinTools } from "./tools/cabins.js";
import { registerMaintenanceTools } from "./tools/maintenance.js";

const ctx = loadCtx();
const server = new McpServer({ name: "cable-cars", version: "0.3.1" });

registerCabinTools(server, ctx);
registerMaintenanceTools(server, ctx);

await server.connect(new StdioServerTransport());
