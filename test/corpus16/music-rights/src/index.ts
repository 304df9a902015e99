import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import axios from "axios";
import { makeCatalogTools } from "./factories/catalog.js";
import { makeRoyaltyTools } from "./factories/royalty.js";
import type { RightsDeps } from "./factories/types.js";

const deps: RightsDeps = {
  http: axios.create({ headers: { "x-api-key": process.env.RIGHTS_API_KEY ?? "" } }),
  registryBase: "https://registry.musicrights.example",
  exportRoot: process.env.EXPORT_ROOT ?? "/var/lib/rights",
};

const server = new McpServer({ name: "music-rights", version: "0.9.0" });

const tools = [...makeCatalogTools(deps), ...makeRoyaltyTools(deps)];
for (const t of tools) {
  server.registerTool(t.name, t.config, t.handler);
}

await server.connect(new StdioServerTransport());
// ok: stdout-in-stdio-server
console.error(`music-rights: ${tools.length} tools registered`);
