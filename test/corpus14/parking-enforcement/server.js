#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import pino from "pino";
import { registerCitationTools } from "./tools/citations.js";
import { registerPlateTools } from "./tools/plates.js";

const logger = pino({ level: process.env.LOG_LEVEL ?? "info" }, pino.destination(2));

const server = new McpServer({ name: "parking-enforcement", version: "2.2.0" });
const deps = { logger };

for (const register of [registerCitationTools, registerPlateTools]) {
  register(server, deps);
}

await server.connect(new StdioServerTransport());
logger.info("parking-enforcement MCP server started");
