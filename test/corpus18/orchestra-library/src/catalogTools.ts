import type { Knex } from "knex";
import { z } from "zod";
import { asText, type ToolSpec } from "./db.js";

export interface CatalogOptions {
  defaultSection: string;
  pageSize: number;
}

export function makeCatalogTools(knex: Knex, opts: CatalogOptions): ToolSpec[] {
  return [
    {
      name: "search_parts",
      description: "Search the parts library by title, optionally within one section",
      shape: { q: z.string().min(2), section: z.string().optional() },
      handler: async ({ q, section }) => {
        const sec = section ?? opts.defaultSection;
        // ruleid: tool-input-to-sql
        const result = await knex.raw(`SELECT id, title, composer, section FROM parts WHERE title ILIKE '%${q}%' AND section = '${sec}' LIMIT ${opts.pageSize}`);
        return asText(result.rows);
      },
    },
    {
      name: "works_by_composer",
      description: "Works in the library by one composer",
      shape: { composer: z.string(), sort: z.string().default("title asc") },
      handler: async ({ composer, sort }) => {
        // ruleid: tool-input-to-sql
        const rows = await knex("works").where({ composer }).orderByRaw(sort).limit(opts.pageSize);
        return asText(rows);
      },
    },
    {
      name: "work_by_opus",
      description: "Look a work up by composer and opus number",
      shape: { composer: z.string(), opus: z.string() },
      handler: async ({ composer, opus }) => {
        // ok: tool-input-to-sql
        const result = await knex.raw("SELECT * FROM works WHERE composer = ? AND opus = ?", [composer, opus]);
        return asText(result.rows[0] ?? null);
      },
    },
    {
      name: "instrumentation",
      description: "Instrumentation of a work",
      shape: { work_id: z.number().int() },
      handler: async ({ work_id }) => {
        // ok: tool-input-to-sql
        const rows = await knex("instrumentation").where("work_id", work_id).select("instrument", "desks");
        return asText(rows);
      },
    },
  ];
}
