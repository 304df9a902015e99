import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../db.js";
import { ok, withQuietErrors } from "../wrap.js";

const SORTS: Record<string, string> = {
  name: "name asc",
  price: "price_cents asc",
  popular: "sold_last_30d desc",
};

interface MenuSearch {
  q?: string;
  category?: string;
  sort?: string;
}

function menuQuery(deps: Deps, search: MenuSearch) {
  const order = SORTS[search.sort ?? "name"] ?? SORTS.name;
  let qb = deps.knex("menu_items").select("id", "name", "price_cents", "category").where("venue_id", deps.venueId);
  if (search.category) qb = qb.where("category", search.category);
  // ruleid: tool-input-to-sql
  if (search.q) qb = qb.whereRaw(`name ilike '%${search.q}%' or description ilike '%${search.q}%'`);
  // ok: tool-input-to-sql
  return qb.orderByRaw(order).limit(100);
}

export function registerMenuTools(server: McpServer, deps: Deps) {
  server.tool(
    "search_menu",
    "Search the menu by text and category",
    { q: z.string().optional(), category: z.string().optional(), sort: z.string().optional() },
    withQuietErrors(async (args) => ok(await menuQuery(deps, args))),
  );

  server.tool(
    "eighty_six",
    "Mark a menu item as sold out for today",
    { itemId: z.number().int().positive() },
    withQuietErrors(async ({ itemId }) => {
      await deps.knex("menu_items").where({ id: itemId, venue_id: deps.venueId }).update({ sold_out_on: deps.knex.fn.now() });
      return ok(`item ${itemId} is 86'd`);
    }),
  );
}
