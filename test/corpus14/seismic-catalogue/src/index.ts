import { readFile } from "node:fs/promises";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { compileWhere, type QuakeEvent, structuredFilter } from "./catalog.js";
import { registerArchiveResources } from "./resources.js";

const CATALOG_FILE = process.env.QUAKE_CATALOG ?? "/archive/seismic/catalog.json";

let cache: QuakeEvent[] | undefined;
async function events(): Promise<QuakeEvent[]> {
  cache ??= JSON.parse(await readFile(CATALOG_FILE, "utf8")) as QuakeEvent[];
  return cache;
}

const server = new McpServer({ name: "seismic-catalogue", version: "2.0.0" });

server.registerTool(
  "query_events",
  {
    description: "Query the regional earthquake catalogue with a JS expression over e (e.g. e.mag > 4 && e.depth < 30).",
    inputSchema: { where: z.string(), limit: z.number().int().max(1000).default(100) },
  },
  async ({ where, limit }) => {
    const pred = compileWhere(where);
    const hits = (await events()).filter(pred).slice(0, limit);
    return { content: [{ type: "text", text: JSON.stringify(hits) }] };
  },
);

server.registerTool(
  "filter_events",
  {
    description: "Filter events by one numeric field.",
    inputSchema: {
      field: z.enum(["mag", "depth", "lat", "lon"]),
      op: z.enum([">", ">=", "<", "<="]),
      value: z.number(),
    },
  },
  async ({ field, op, value }) => {
    const hits = (await events()).filter(structuredFilter(field, op, value));
    return { content: [{ type: "text", text: `${hits.length} events` }] };
  },
);

server.registerPrompt(
  "summarise_sequence",
  { description: "Summarise an aftershock sequence", argsSchema: { mainshockId: z.string() } },
  ({ mainshockId }) => ({
    messages: [
      {
        role: "user",
        content: { type: "text", text: `Summarise the aftershock sequence following event ${mainshockId}: rate decay, largest aftershock, spatial extent.` },
      },
    ],
  }),
);

registerArchiveResources(server);
await server.connect(new StdioServerTransport());
