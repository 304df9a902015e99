import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createDb, type Deps } from "./db.js";
import { registerMenuTools } from "./tools/menu.js";
import { registerOrderTools } from "./tools/orders.js";

const deps: Deps = { knex: createDb(), venueId: Number(process.env.POS_VENUE_ID ?? 1) };
const server = new McpServer({ name: "restaurant-pos", version: "0.2.0" });

registerOrderTools(server, deps);
registerMenuTools(server, deps);

const transport = new StdioServerTransport();
await server.connect(transport);
process.on("SIGTERM", () => void deps.knex.destroy());
