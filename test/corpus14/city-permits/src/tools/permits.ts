import type { Knex } from "knex";
import type { z } from "zod";
import { PermitQuery } from "../db/query.js";
import { byParcelParams, inspectorParams, lookupParams, reportParams, searchParams } from "../schemas.js";

export interface PermitToolOptions {
  schema: string;
  maxRows: number;
}

export function createPermitTools(knex: Knex, opts: PermitToolOptions) {
  const table = `${opts.schema}.permits`;

  return [
    {
      name: "lookup_permit",
      description: "Fetch one building permit by number.",
      parameters: lookupParams,
      execute: async (args: z.infer<typeof lookupParams>) => {
        // ok: tool-input-to-sql
        const { rows } = await knex.raw(`SELECT * FROM ${table} WHERE permit_no = ?`, [args.permitNo]);
        return JSON.stringify(rows[0] ?? null);
      },
    },
    {
      name: "permits_by_parcel",
      description: "All permits issued for a parcel.",
      parameters: byParcelParams,
      execute: async ({ parcel }: z.infer<typeof byParcelParams>) => {
        // ruleid: tool-input-to-sql
        const { rows } = await knex.raw(`SELECT permit_no, type, status FROM ${table} WHERE parcel = '${parcel}' LIMIT ${opts.maxRows}`);
        return JSON.stringify(rows);
      },
    },
    {
      name: "search_permits",
      description: "Search permits by status, district and type.",
      parameters: searchParams,
      execute: async (args: z.infer<typeof searchParams>) => {
        const q = new PermitQuery(table).limit(Math.min(args.limit, opts.maxRows));
        if (args.status) q.where("status", args.status);
        if (args.district) q.where("district", args.district);
        if (args.type) q.where("type", args.type);
        // ruleid: tool-input-to-sql
        const { rows } = await knex.raw(q.toSQL());
        return JSON.stringify(rows);
      },
    },
    {
      name: "permit_report",
      description: "Counts of permits grouped by a column.",
      parameters: reportParams,
      execute: async ({ filters, groupBy }: z.infer<typeof reportParams>) => {
        const builder = knex(table).select(groupBy).count({ n: "*" }).groupBy(groupBy);
        for (const [col, val] of Object.entries(filters)) builder.where(col, val);
        return JSON.stringify(await builder);
      },
    },
    {
      name: "inspector_workload",
      description: "Open inspections per inspector.",
      parameters: inspectorParams,
      execute: async ({ inspector }: z.infer<typeof inspectorParams>) => {
        // ok: tool-input-to-sql
        const rows = await knex("inspections").where({ inspector, state: "open" }).select("permit_no", "due");
        return JSON.stringify(rows);
      },
    },
  ];
}
