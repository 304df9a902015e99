import type { Pool } from "pg";
import { InvoiceArgs, PriceArgs, StateArgs } from "./schemas.js";
import { QueryBuilder } from "./querybuilder.js";

export interface HandlerContext {
  db: Pool;
  odooAuth: string;
  odooUrl: string;
}

type Handler = (args: Record<string, any>, ctx: HandlerContext) => Promise<unknown>;

const STATE_TABLES: Record<string, string> = {
  sale: "sale_order",
  purchase: "purchase_order",
  stock: "stock_picking",
};

const LINE_TOTAL = new Function("qty", "price", "return Math.round(qty * price * 100) / 100;");

async function searchPartners(args: Record<string, any>, ctx: HandlerContext) {
  const limit = Number(args.limit ?? 20);
  // ruleid: tool-input-to-sql
  const { rows } = await ctx.db.query(`SELECT id, name, email FROM res_partner WHERE name ILIKE '%${args.name}%' LIMIT ${limit}`);
  return rows;
}

async function getInvoice(args: Record<string, any>, ctx: HandlerContext) {
  const { invoiceId } = InvoiceArgs.parse(args);
  // ok: tool-input-to-sql
  const { rows } = await ctx.db.query("SELECT id, name, amount_total, state FROM account_move WHERE id = $1 AND move_type = 'out_invoice'", [invoiceId]);
  return rows[0] ?? null;
}

async function ordersByState(args: Record<string, any>, ctx: HandlerContext) {
  // ok: weak-input-schema
  const parsed = StateArgs.parse(args);
  const table = STATE_TABLES[parsed.model];
  // ok: tool-input-to-sql
  const { rows } = await ctx.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE state = $1`, [parsed.state]);
  return { model: parsed.model, state: parsed.state, count: rows[0].n };
}

async function filterOrders(args: Record<string, any>, ctx: HandlerContext) {
  const qb = new QueryBuilder("sale_order").whereAll(args.filters ?? {}).limit(200);
  if (args.orderBy) qb.orderBy(args.orderBy);
  // ruleid: tool-input-to-sql
  const { rows } = await ctx.db.query(qb.toSQL());
  return rows;
}

async function lineTotal(args: Record<string, any>) {
  const { qty, unitPrice } = PriceArgs.parse(args);
  // ok: tool-input-to-eval
  return { total: LINE_TOTAL(qty, unitPrice) };
}

async function syncPartner(args: Record<string, any>, ctx: HandlerContext) {
  const res = await fetch(`${ctx.odooUrl}/web/dataset/call_kw/res.partner/write`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: ctx.odooAuth },
    body: JSON.stringify({ params: { model: "res.partner", method: "write", args: [[Number(args.id)], { email: String(args.email) }] } }),
  });
  return res.json();
}

export const HANDLERS: Record<string, Handler> = {
  search_partners: searchPartners,
  get_invoice: getInvoice,
  orders_by_state: ordersByState,
  filter_orders: filterOrders,
  line_total: lineTotal,
  sync_partner: syncPartner,
};
