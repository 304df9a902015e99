import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import knexFactory from "knex";
import { makeCrudTools, type ToolDefinition } from "./crud.js";
import { makePlayTools } from "./plays.js";

const knex = knexFactory({
  client: "pg",
  connection: process.env.DATABASE_URL,
  pool: { min: 0, max: 4 },
});

const registry: Record<string, ToolDefinition> = {
  ...makeCrudTools("game", "games", knex),
  ...makeCrudTools("expansion", "expansions", knex),
  ...makePlayTools(knex),
};

const server = new McpServer({ name: "bgg-collection", version: "0.3.0" });

Object.entries(registry).forEach(([name, def]) => {
  server.registerTool(name, { description: def.description, inputSchema: def.shape }, def.handler);
});

await server.connect(new StdioServerTransport());
