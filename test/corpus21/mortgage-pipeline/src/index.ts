#!/usr/bin/env node
import Database from "better-sqlite3";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { registerDocumentTools } from "./tools/documents.js";
import { registerUnderwritingTools } from "./tools/underwriting.js";

const deps = {
  docRoot: process.env.LOAN_DOC_ROOT ?? "/srv/loans",
  exportDir: process.env.LOAN_EXPORT_DIR ?? "/srv/exports",
  db: new Database(process.env.PIPELINE_DB ?? "pipeline.db"),
};

const server = new McpServer({ name: "mortgage-pipeline", version: "0.4.2" });
registerDocumentTools(server, deps);
registerUnderwritingTools(server, deps);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error("mortgage-pipeline ready on stdio");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
