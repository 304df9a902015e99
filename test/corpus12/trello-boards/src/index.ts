import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import os from "node:os";
import path from "node:path";
import { TrelloClient } from "./trello.js";
import { registerBoardTools } from "./tools/boards.js";
import { registerExportTools } from "./tools/exports.js";

export interface Deps {
  trello: TrelloClient;
  exportDir: string;
  cacheDir: string;
}

const deps: Deps = {
  trello: new TrelloClient(process.env.TRELLO_API_KEY ?? "", process.env.TRELLO_TOKEN ?? ""),
  exportDir: path.resolve(process.env.TRELLO_EXPORT_DIR ?? path.join(os.homedir(), "trello-exports")),
  cacheDir: path.join(os.homedir(), ".cache", "trello-mcp"),
};

const server = new McpServer({ name: "trello-boards", version: "1.3.0" });

registerBoardTools(server, deps);
registerExportTools(server, deps);

const transport = new StdioServerTransport();
await server.connect(transport);
