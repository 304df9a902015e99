import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerVectorTools } from "./tools/vector.js";
import { registerRasterTools } from "./tools/raster.js";
import { Workspace } from "./lib/workspace.js";

const ws = new Workspace(process.env.GIS_WORKSPACE ?? "/data/gis");
const server = new McpServer({ name: "gdal-convert", version: "0.5.3" });

registerVectorTools(server, ws);
registerRasterTools(server, ws);

await server.connect(new StdioServerTransport());
