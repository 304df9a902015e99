import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { pool, QueryBuilder } from "../db/queryBuilder.js";
import { SearchEventsShape, HoldSeatsShape, type SearchEventsArgs } from "../schemas.js";

const SORT_COLUMNS = { date: "starts_at", price: "min_price", popularity: "tickets_sold" } as const;

async function searchEvents(args: SearchEventsArgs) {
  const qb = new QueryBuilder("events", ["id", "title", "venue", "starts_at", "min_price"]).whereParam("city", args.city);
  if (args.genre) qb.whereParam("genre", args.genre);
  if (args.venue) qb.whereParam("venue", args.venue);
  qb.order(SORT_COLUMNS[args.sort], args.sort === "popularity" ? "DESC" : "ASC").limit(50);
  const { text, values } = qb.build();
  // ok: tool-input-to-sql
  const { rows } = await pool.query(text, values);
  return rows;
}

export function registerEventTools(server: McpServer) {
  server.registerTool(
    "search_events",
    {
      title: "Search concerts",
      description: "Search upcoming concerts by city, genre and venue",
      inputSchema: SearchEventsShape,
      annotations: { readOnlyHint: true },
    },
    async (args) => {
      const rows = await searchEvents(args);
      return { content: [{ type: "text", text: rows.map((r) => `#${r.id} ${r.title} @ ${r.venue} ${r.starts_at} from €${r.min_price}`).join("\n") || "no events" }] };
    },
  );

  server.registerTool(
    "hold_seats",
    {
      description: "Hold seats for 10 minutes while the customer pays",
      inputSchema: HoldSeatsShape,
    },
    async ({ eventId, seats, email }) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        // ok: tool-input-to-sql
        const { rowCount } = await client.query("UPDATE seats SET held_by = $1, held_until = now() + interval '10 minutes' WHERE event_id = $2 AND label = ANY($3) AND held_by IS NULL", [email, eventId, seats]);
        if (rowCount !== seats.length) {
          await client.query("ROLLBACK");
          return { content: [{ type: "text", text: "some seats are no longer available" }], isError: true };
        }
        await client.query("COMMIT");
        return { content: [{ type: "text", text: `held ${seats.join(", ")} for ${email}` }] };
      } finally {
        client.release();
      }
    },
  );
}
