import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { MetabaseClient } from "./services/MetabaseClient.js";
import { withErrorHandling } from "./util/errors.js";

const client = new MetabaseClient(process.env.METABASE_URL ?? "https://bi.internal.example.com");
const server = new McpServer({ name: "metabase-insights", version: "1.2.0" });

server.registerTool(
  "get_card",
  {
    title: "Get saved question",
    description: "Fetch a saved Metabase question (card) with its visualisation settings",
    inputSchema: { cardId: z.number().int().positive() },
  },
  withErrorHandling(async ({ cardId }) => {
    const card = await client.getCard(cardId);
    return { content: [{ type: "text", text: JSON.stringify(card, null, 2) }] };
  }),
);

server.registerTool(
  "search_collection",
  {
    description: "Search a collection by name",
    inputSchema: { collection: z.string().max(120), query: z.string().max(200) },
  },
  withErrorHandling(async ({ collection, query }) => {
    const items = await client.searchCollection(collection, query);
    return { content: [{ type: "text", text: items.map((i) => `${i.id}\t${i.name}`).join("\n") }] };
  }),
);

server.registerTool(
  "fetch_public_dashboard",
  {
    description: "Load a public dashboard shared by another Metabase instance (paste its URL)",
    inputSchema: { shareUrl: z.string().url() },
  },
  withErrorHandling(async ({ shareUrl }) => {
    const data = await client.fetchShared(shareUrl);
    return { content: [{ type: "text", text: JSON.stringify(data).slice(0, 50_000) }] };
  }),
);

server.registerTool(
  "export_card_csv",
  {
    description: "Export the results of a card as CSV",
    inputSchema: { cardId: z.number().int().positive(), format: z.enum(["csv", "xlsx", "json"]).default("csv") },
  },
  withErrorHandling(async ({ cardId, format }) => {
    const body = await client.exportCard(cardId, format);
    return { content: [{ type: "text", text: body.slice(0, 100_000) }] };
  }),
);

await server.connect(new StdioServerTransport());
