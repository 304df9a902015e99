import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../deps.js";

const SORTS = { price: "unit_price", stock: "qty_on_hand", name: "part_name" } as const;

function likePattern(term: string): string {
  return `%${term.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
}

function compatibilityClause(models: string[]): string {
  return models.map((m) => `compatible_models @> ARRAY['${m}']`).join(" OR ");
}

export function registerPartTools(server: McpServer, deps: Deps) {
  server.tool(
    "search_parts",
    "Search the spare parts catalogue by name",
    { term: z.string().min(2).max(60), sort: z.enum(["price", "stock", "name"]).default("name") },
    { readOnlyHint: true },
    async ({ term, sort }) => {
      // ok: tool-input-to-sql
      const rows = await deps.knex.raw(`SELECT part_no, part_name, unit_price, qty_on_hand FROM parts WHERE part_name ILIKE ? ORDER BY ${SORTS[sort]} LIMIT 50`, [likePattern(term)]);
      return { content: [{ type: "text", text: JSON.stringify(rows.rows) }] };
    },
  );

  server.tool(
    "parts_for_models",
    "Parts compatible with any of the given appliance models",
    { models: z.array(z.string()).min(1).max(20) },
    { readOnlyHint: true },
    async ({ models }) => {
      const clause = compatibilityClause(models);
      // ruleid: tool-input-to-sql
      const rows = await deps.knex.raw(`SELECT part_no, part_name FROM parts WHERE ${clause}`);
      return { content: [{ type: "text", text: JSON.stringify(rows.rows) }] };
    },
  );

  server.tool(
    "part_detail",
    "Full record of one part",
    { partNo: z.string().max(32) },
    async ({ partNo }) => {
      // ok: tool-input-to-sql
      const part = await deps.knex("parts").where({ part_no: partNo, warehouse: deps.warehouse }).first();
      return { content: [{ type: "text", text: JSON.stringify(part ?? null) }] };
    },
  );
}
