import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerObservationTools } from "./tools/observations.js";
import { registerArchiveTools } from "./tools/archive.js";

const ARCHIVE_ROOT = process.env.RT_ARCHIVE ?? "/data/telescope/archive";

const server = new McpServer({ name: "radio-telescope", version: "0.7.2" });

registerObservationTools(server, { receiverHost: process.env.RT_RECEIVER ?? "localhost" });
registerArchiveTools(server, { archiveRoot: ARCHIVE_ROOT });

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log(`radio-telescope MCP ready (archive ${ARCHIVE_ROOT})`);
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
