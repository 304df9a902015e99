import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { Pool } from "pg";
import { ManifestStore } from "./services/store.js";
import { makeManifestTools } from "./tools/factory.js";

const pool = new Pool({ connectionString: process.env.MANIFEST_DB_URL, max: 4 });
const store = new ManifestStore(pool);

const server = new McpServer({ name: "cargo-manifests", version: "1.7.3" });

const tools = makeManifestTools(store, {
  exportDir: process.env.CUSTOMS_EXPORT_DIR ?? "/srv/customs/outbox",
  portalBase: "https://agents.portline.example.com",
});

for (const { name, config, handler } of tools) {
  server.registerTool(name, config, handler as any);
}

const transport = new StdioServerTransport();
await server.connect(transport);
