import { z, type ZodRawShape } from "zod";
import type { Knex } from "knex";
import { QueryBuilder } from "./query.js";

export interface ToolDefinition {
  description: string;
  shape: ZodRawShape;
  handler: (args: any) => Promise<{ content: { type: "text"; text: string }[] }>;
}

const SORTS: Record<string, string> = {
  name: "name",
  rating: "bgg_rating",
  weight: "weight",
  year: "year_published",
};

const text = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });

export function makeCrudTools(entity: string, table: string, knex: Knex): Record<string, ToolDefinition> {
  return {
    [`get_${entity}`]: {
      description: `Fetch one ${entity} of the collection by its BGG id.`,
      shape: { bggId: z.number().int().positive() },
      handler: async ({ bggId }) => {
        // ok: tool-input-to-sql
        const rows = await knex.raw(`SELECT * FROM ${table} WHERE bgg_id = ?`, [bggId]);
        return text(rows.rows[0] ?? null);
      },
    },
    [`list_${entity}s`]: {
      description: `List the ${entity}s of the collection, sorted.`,
      shape: {
        sort: z.string().default("name"),
        minPlayers: z.number().int().min(1).max(20).optional(),
      },
      handler: async ({ sort, minPlayers }) => {
        const column = SORTS[sort] ?? "name";
        const bindings = minPlayers ? [minPlayers] : [];
        const where = minPlayers ? "WHERE max_players >= ?" : "";
        // ok: tool-input-to-sql
        const rows = await knex.raw(`SELECT bgg_id, name FROM ${table} ${where} ORDER BY ${column} LIMIT 100`, bindings);
        return text(rows.rows);
      },
    },
    [`search_${entity}s`]: {
      description: `Search ${entity}s with designer / mechanic filters.`,
      shape: {
        designer: z.string().optional(),
        mechanic: z.string().optional(),
        // ruleid: weak-input-schema
        extra: z.object({}).passthrough().optional(),
      },
      handler: async ({ designer, mechanic, extra }) => {
        const qb = new QueryBuilder(table).select("bgg_id", "name", "bgg_rating");
        if (designer) qb.where(`designer ILIKE '%${designer}%'`);
        if (mechanic) qb.whereEquals("mechanic", mechanic);
        for (const [k, v] of Object.entries(extra ?? {})) qb.whereEquals(k, String(v));
        const sql = qb.limit(50).toSQL();
        // ruleid: tool-input-to-sql
        const rows = await knex.raw(sql);
        return text(rows.rows);
      },
    },
  };
}
