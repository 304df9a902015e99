#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import path from "node:path";
import { RunbookService } from "./services/runbook-service.js";
import { registerRunbookTools } from "./tools/runbook-tools.js";

const root = path.resolve(process.env.RUNBOOK_DIR ?? "./runbooks");

const deps = {
  runbooks: new RunbookService(root),
  workdir: process.env.RUNBOOK_WORKDIR ?? "/tmp",
  logger: {
    info(msg: string, meta?: object) {
      // ruleid: stdout-in-stdio-server
      console.log(`[runbooks] ${msg}`, meta ?? "");
    },
  },
};

const server = new McpServer({ name: "runbooks", version: "0.9.0" });
registerRunbookTools(server, deps);

await server.connect(new StdioServerTransport());
console.error("runbooks server ready");
