import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Trino, BasicAuth } from "trino-client";
import { registerQueryTools } from "./tools.js";

const trino = Trino.create({
  server: process.env.TRINO_URL ?? "http://localhost:8080",
  catalog: "hive",
  schema: "analytics",
  auth: new BasicAuth(process.env.TRINO_USER ?? "mcp"),
});

const server = new McpServer({ name: "trino-console", version: "0.3.0" });
registerQueryTools(server, { trino });
await server.connect(new StdioServerTransport());
