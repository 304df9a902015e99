#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import os from "node:os";
import path from "node:path";
import { registerLibraryTools } from "./tools/library.js";
import { registerAttachmentTools } from "./tools/attachments.js";

export interface ZoteroConfig {
  dataDir: string;
  storageDir: string;
  exportDir: string;
}

function loadConfig(): ZoteroConfig {
  const dataDir = process.env.ZOTERO_DATA_DIR ?? path.join(os.homedir(), "Zotero");
  return {
    dataDir,
    storageDir: path.join(dataDir, "storage"),
    exportDir: process.env.ZOTERO_EXPORT_DIR ?? path.join(os.homedir(), "zotero-exports"),
  };
}

const config = loadConfig();
const server = new McpServer({ name: "zotero-local", version: "0.4.2" });

registerLibraryTools(server, config);
registerAttachmentTools(server, config);

async function main(): Promise<void> {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ok: stdout-in-stdio-server
  console.error(`zotero-local ready (data dir ${config.dataDir})`);
}

main().catch((err) => {
  console.error("fatal:", err);
  process.exit(1);
});
