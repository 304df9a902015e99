import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerRemoteTools } from "./tools/remotes.js";
import { registerCacheTools } from "./tools/cache.js";

const server = new McpServer({ name: "rclone-gateway", version: "0.4.2" });

const deps = {
  root: process.env.RCLONE_CACHE_ROOT ?? "/var/cache/rclone-mcp",
  rcloneBin: process.env.RCLONE_BIN ?? "rclone",
};

registerRemoteTools(server, deps);
registerCacheTools(server, deps);

await server.connect(new StdioServerTransport());
