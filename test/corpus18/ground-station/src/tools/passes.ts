import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { QueryBuilder, type PassRow, type Store } from "../services/store.js";

const asText = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });

export function registerPassTools(server: McpServer, store: Store): void {
  server.tool(
    "list_passes",
    "Recent passes of a satellite over one ground station",
    { satellite: z.string().max(40), station: z.string().regex(/^[A-Z]{3}[0-9]$/) },
    async ({ satellite, station }) => asText(store.passesFor(satellite, station)),
  );

  server.tool(
    "search_passes",
    "Search the pass log with an elevation floor and an optional sort order",
    {
      satellite: z.string().describe("NORAD name, e.g. NOAA-19"),
      minElevation: z.number().min(0).max(90).default(10),
      sort: z.string().optional().describe("SQL ORDER BY expression"),
    },
    async (args) => {
      const qb = new QueryBuilder("passes").whereEquals("satellite", args.satellite).where(`max_elevation >= ${args.minElevation}`);
      if (args.sort) qb.orderBy(args.sort);
      const rows = store.raw<PassRow>(qb.toSql());
      return asText({ count: rows.length, rows });
    },
  );

  server.tool("pass_count", "Number of passes recorded", async () => asText({ passes: store.countPasses() }));
}
