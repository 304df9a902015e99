#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import pg from "pg";
import { handlers, toolDefinitions } from "./handlers.js";

const pool = new pg.Pool({
  connectionString: process.env.SUPABASE_DB_URL,
  max: 4,
  ssl: { rejectUnauthorized: true },
});

const server = new Server({ name: "supabase-admin", version: "2.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolDefinitions }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) {
    return { content: [{ type: "text", text: `Unknown tool ${request.params.name}` }], isError: true };
  }
  const rows = await handler(request.params.arguments ?? {}, { pg: pool });
  return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
});

await server.connect(new StdioServerTransport());
