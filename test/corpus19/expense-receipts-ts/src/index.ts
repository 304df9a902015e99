#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { randomBytes } from "node:crypto";
import type { ReceiptMeta } from "./schemas.js";
import { registerReceiptTools } from "./tools/receipts.js";
import { registerReportTools } from "./tools/reports.js";

const deps = {
  archiveRoot: process.env.RECEIPT_ARCHIVE ?? "/var/lib/expenses/receipts",
  index: new Map<string, ReceiptMeta>(),
  newId: () => randomBytes(12).toString("hex"),
};

const server = new McpServer({ name: "expense-receipts", version: "1.3.0" });
registerReceiptTools(server, deps);
registerReportTools(server, deps);

async function main() {
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
