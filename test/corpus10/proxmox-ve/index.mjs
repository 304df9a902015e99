#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerTools } from "./tools.mjs";

const server = new McpServer({ name: "proxmox-ve", version: "0.7.0" });
registerTools(server);
await server.connect(new StdioServerTransport());
