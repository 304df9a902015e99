import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pg from "pg";
import { registerCardTools } from "./tools/cards.js";

const pool = new pg.Pool({
  connectionString: process.env.FLEET_DATABASE_URL,
  max: 4,
});

const server = new McpServer({ name: "fleet-fuel-cards", version: "2.0.1" }, { capabilities: { logging: {} } });

registerCardTools(server, { pool, fleetId: process.env.FLEET_ID ?? "default" });

await server.connect(new StdioServerTransport());
