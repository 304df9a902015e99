import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerFontTools } from "./tools/fonts.js";
import { registerLicenceTools } from "./tools/licences.js";

const server = new McpServer({ name: "font-foundry", version: "0.4.2" });

registerFontTools(server, { root: process.env.FONT_ROOT ?? "/srv/foundry/families" });
registerLicenceTools(server);

async function main(): Promise<void> {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log("font-foundry MCP server listening on stdio");
}

main().catch((err) => {
  console.error("fatal:", err);
  process.exit(1);
});
