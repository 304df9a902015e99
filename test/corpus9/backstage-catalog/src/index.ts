import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import serialize from "node-serialize";
import { EntityRepository } from "./db/repo.js";

const repo = new EntityRepository(process.env.BACKSTAGE_DB ?? "postgres://backstage@localhost/backstage_plugin_catalog");
const server = new McpServer({ name: "backstage-catalog", version: "0.8.1" });

server.tool(
  "entities_by_kind",
  { kind: z.enum(["Component", "API", "System", "Group", "User", "Resource"]), namespace: z.string().default("default") },
  async ({ kind, namespace }) => ({ content: [{ type: "text", text: JSON.stringify(await repo.byKind(kind, namespace)) }] }),
);

server.tool(
  "search_catalog",
  "Full-text search over catalog entities",
  { term: z.string(), orderBy: z.string().default("entity_ref") },
  async (input) => {
    const rows = await repo.search(input.term, input.orderBy);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "restore_filter_state",
  "Restore a catalog filter state exported by the Backstage UI plugin",
  { state: z.string() },
  async ({ state }) => {
    const decoded = Buffer.from(state, "base64").toString("utf8");
    // ruleid: unsafe-deserialization
    const filters = serialize.unserialize(decoded);
    return { content: [{ type: "text", text: JSON.stringify(filters) }] };
  },
);

server.tool(
  "import_filter_json",
  { state: z.string().max(10000) },
  async ({ state }) => {
    // ok: unsafe-deserialization
    const filters = JSON.parse(Buffer.from(state, "base64").toString("utf8"));
    return { content: [{ type: "text", text: Object.keys(filters).join(", ") }] };
  },
);

server.tool("group_owners", { group: z.string().regex(/^[a-z0-9-]+$/) }, async ({ group }) => ({
  content: [{ type: "text", text: JSON.stringify(await repo.owners(group)) }],
}));

await server.connect(new StdioServerTransport());
