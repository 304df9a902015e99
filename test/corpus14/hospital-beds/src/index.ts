#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { BedRepository } from "./services/db.js";
import { registerBedTools } from "./tools/beds.js";

const dbFile = process.env.BEDBOARD_DB ?? "/var/lib/bedboard/beds.sqlite";

async function main(): Promise<void> {
  const server = new McpServer({ name: "hospital-bed-board", version: "2.3.1" });
  const deps = {
    repo: new BedRepository(dbFile),
    log: (msg: string) => process.stderr.write(`[bedboard] ${msg}\n`),
  };
  registerBedTools(server, deps);
  await server.connect(new StdioServerTransport());
  deps.log("ready on stdio");
}

main().catch((err) => {
  process.stderr.write(`fatal: ${err}\n`);
  process.exit(1);
});
