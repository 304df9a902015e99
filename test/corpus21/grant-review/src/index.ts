import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ReviewService } from "./services/ReviewService.js";
import { registerScoringTools } from "./tools/scoring.js";
import { registerPacketTools } from "./tools/packets.js";

const service = new ReviewService({
  packetDir: process.env.GRANT_PACKETS ?? "/srv/grants/packets",
  funderPortal: process.env.FUNDER_PORTAL ?? "https://portal.example-foundation.org",
});

const server = new McpServer({ name: "grant-review", version: "0.7.0" });
registerScoringTools(server, service);
registerPacketTools(server, service);

await server.connect(new StdioServerTransport());
// ruleid: stdout-in-stdio-server
console.log("grant-review MCP server started");
