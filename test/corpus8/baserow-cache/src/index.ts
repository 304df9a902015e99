import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import { registerQueryTools } from "./tools/query.js";
import { registerSyncTools } from "./tools/sync.js";

const db = new Database(process.env.CACHE_DB ?? "baserow-cache.sqlite");
const ctx = {
  db,
  apiBase: "https://api.baserow.io",
  token: process.env.BASEROW_TOKEN ?? "",
};

const server = new McpServer({ name: "baserow-cache", version: "2.1.0" });
registerQueryTools(server, ctx);
registerSyncTools(server, ctx);

// ruleid: stdout-in-stdio-server
console.log("baserow-cache: tools registered");
await server.connect(new StdioServerTransport());
