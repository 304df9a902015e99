import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerPassTools } from "./tools/passes.js";
import { registerFrameTools } from "./tools/frames.js";
import { openStore } from "./services/store.js";

const server = new McpServer({ name: "ground-station", version: "0.4.2" });

const store = openStore(process.env.GS_DB ?? "./ground-station.sqlite");
registerPassTools(server, store);
registerFrameTools(server, { frameRoot: process.env.GS_FRAMES ?? "/srv/gs/frames" });

async function main(): Promise<void> {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error("ground-station MCP server ready on stdio");
}

main().catch((err) => {
  console.error("fatal:", err);
  process.exit(1);
});
