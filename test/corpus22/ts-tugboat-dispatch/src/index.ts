import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { TugFleet } from "./fleet.js";
import { makeDispatchTools } from "./tools.js";

const fleet = new TugFleet([
  { name: "Svitzer Oak", hp: 5200, bollardPullT: 70 },
  { name: "Harbour Mole", hp: 2400, bollardPullT: 32 },
]);

const server = new McpServer({ name: "tugboat-dispatch", version: "0.3.0" });

for (const def of makeDispatchTools(fleet, process.env.HARBOUR ?? "Rotterdam")) {
  server.tool(def.name, def.description, def.shape, async (args) => {
    const text = await def.handler(args);
    return { content: [{ type: "text", text }] };
  });
}

await server.connect(new StdioServerTransport());
