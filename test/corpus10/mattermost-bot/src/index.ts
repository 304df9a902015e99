import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerChannelTools } from "./tools/channels.js";
import { registerWebhookTools } from "./tools/webhooks.js";
import type { Deps } from "./util/http.js";

const baseUrl = process.env.MATTERMOST_URL ?? "https://chat.internal.example.org";
const token = process.env.MATTERMOST_BOT_TOKEN;
if (!token) {
  console.error("MATTERMOST_BOT_TOKEN is required");
  process.exit(1);
}

const deps: Deps = { baseUrl, token, teamId: process.env.MATTERMOST_TEAM_ID ?? "" };

const server = new McpServer({ name: "mattermost-bot", version: "0.4.2" });
registerChannelTools(server, deps);
registerWebhookTools(server, deps);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error(`mattermost-bot connected to ${baseUrl}`);
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
