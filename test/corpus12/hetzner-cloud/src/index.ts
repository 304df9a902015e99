import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { HcloudCli } from "./hcloud.js";
import { registerServerTools } from "./tools/servers.js";
import { registerSnapshotTools } from "./tools/snapshots.js";

export interface Deps {
  hcloud: HcloudCli;
  context: string;
  log: (msg: string) => void;
}

const deps: Deps = {
  hcloud: new HcloudCli(process.env.HCLOUD_CONTEXT ?? "default"),
  context: process.env.HCLOUD_CONTEXT ?? "default",
  log: (msg) => process.stderr.write(`[hetzner] ${msg}\n`),
};

const server = new McpServer({ name: "hetzner-cloud", version: "0.8.0" }, { capabilities: { logging: {} } });
registerServerTools(server, deps);
registerSnapshotTools(server, deps);

await server.connect(new StdioServerTransport());
deps.log(`ready (context ${deps.context})`);
