#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerRepoTools } from "./tools/repo.js";
import registerIssueTools from "./tools/issues.js";
import { registerAttachmentTools } from "./tools/attachments.js";

const server = new McpServer({ name: "tracker", version: "2.3.0" });

registerRepoTools(server, process.env.REPO_ROOT ?? process.cwd());
registerIssueTools(server);
registerAttachmentTools(server);

const transport = new StdioServerTransport();
await server.connect(transport);
