import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerEventTools } from "./tools/events.js";
import { registerOrderTools } from "./tools/orders.js";

const server = new McpServer({ name: "concert-tickets", version: "1.0.0" }, { capabilities: { logging: {} } });

registerEventTools(server);
registerOrderTools(server);

server.registerPrompt(
  "upsell_message",
  { description: "Draft a short upsell e-mail for a customer who bought tickets", argsSchema: {} },
  () => ({ messages: [{ role: "user", content: { type: "text", text: "Write a friendly two-sentence e-mail suggesting the VIP upgrade." } }] }),
);

await server.connect(new StdioServerTransport());
console.error("concert-tickets server started");
