import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Pool } from "pg";
import { z } from "zod";
import { QueryBuilder, stationFilter } from "../query.js";

const CardNumber = z.string().regex(/^[0-9]{4}$/, "last four digits");

const VIEWS = {
  transactions: "fuel_transactions_v",
  anomalies: "fuel_anomalies_v",
  limits: "card_limits_v",
} as const;

export interface Ctx {
  pool: Pool;
  fleetId: string;
}

const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

export function registerCardTools(server: McpServer, ctx: Ctx) {
  server.registerTool(
    "card_transactions",
    {
      description: "Fuel transactions of one card (last four digits), newest first",
      inputSchema: { card: CardNumber, limit: z.number().int().optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ card, limit }) => {
      const q = new QueryBuilder(VIEWS.transactions).where("fleet_id", ctx.fleetId).where("card_last4", card).order("tx_time").limit(limit ?? 50).build();
      // ok: tool-input-to-sql
      const { rows } = await ctx.pool.query(q.sql, q.params);
      return json(rows);
    },
  );

  server.registerTool(
    "report_view",
    {
      description: "Read one of the fleet report views",
      inputSchema: { view: z.enum(["transactions", "anomalies", "limits"]), driver: z.string().optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ view, driver }) => {
      const qb = new QueryBuilder(VIEWS[view]).where("fleet_id", ctx.fleetId);
      if (driver) qb.where("driver_name", driver);
      const q = qb.build();
      // ok: tool-input-to-sql
      const { rows } = await ctx.pool.query(q.sql, q.params);
      return json(rows);
    },
  );

  server.registerTool(
    "search_transactions",
    {
      description: "Search transactions with a filter expression, e.g. litres > 80",
      inputSchema: { filter: z.string().max(500), stations: z.array(z.string()).optional() },
      annotations: { readOnlyHint: true },
    },
    async ({ filter, stations }) => {
      const qb = new QueryBuilder(VIEWS.transactions).where("fleet_id", ctx.fleetId).whereRaw(filter);
      if (stations?.length) qb.whereRaw(stationFilter(stations));
      const { sql, params } = qb.build();
      // ruleid: tool-input-to-sql
      const { rows } = await ctx.pool.query(sql, params);
      return json(rows);
    },
  );

  server.registerTool(
    "set_card_limit",
    {
      description: "Set the daily litre limit of a card",
      inputSchema: { card: CardNumber, litres: z.number().positive().max(500) },
      annotations: { destructiveHint: false, idempotentHint: true },
    },
    async ({ card, litres }) => {
      // ok: tool-input-to-sql
      await ctx.pool.query("UPDATE cards SET daily_litres = $1 WHERE fleet_id = $2 AND card_last4 = $3", [litres, ctx.fleetId, card]);
      return json({ card, litres });
    },
  );

  server.registerTool(
    "block_card",
    {
      description: "Block a fuel card immediately (e.g. lost or stolen)",
      inputSchema: { card: CardNumber, note: z.string().max(200) },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ card, note }) => {
      await ctx.pool.query("UPDATE cards SET blocked = true, block_note = $1 WHERE fleet_id = $2 AND card_last4 = $3", [note, ctx.fleetId, card]);
      return json({ card, blocked: true });
    },
  );

  server.registerTool(
    "driver_totals",
    {
      description: "Litres and spend per driver for a month",
      inputSchema: { month: z.string(), groupBy: z.string().default("driver_name") },
    },
    async ({ month, groupBy }) => {
      const sql = `SELECT ${groupBy}, SUM(litres) AS litres, SUM(amount) AS amount FROM ${VIEWS.transactions} WHERE fleet_id = $1 AND to_char(tx_time, 'YYYY-MM') = $2 GROUP BY ${groupBy}`;
      // ruleid: tool-input-to-sql
      const { rows } = await ctx.pool.query(sql, [ctx.fleetId, month]);
      return json(rows);
    },
  );
}
