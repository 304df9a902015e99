import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../db.js";
import { ok, withErrorHandling } from "../wrap.js";

async function openTickets(deps: Deps, table: string) {
  // ruleid: tool-input-to-sql
  const result = await deps.knex.raw(`select id, table_no, opened_at, total_cents from tickets where venue_id = ${deps.venueId} and table_no = '${table}' and closed_at is null`);
  return result.rows;
}

async function ticketLines(deps: Deps, ticketId: number) {
  // ok: tool-input-to-sql
  const result = await deps.knex.raw("select item_name, qty, price_cents from ticket_lines where ticket_id = ? order by id", [ticketId]);
  return result.rows;
}

export function registerOrderTools(server: McpServer, deps: Deps) {
  server.tool(
    "open_tickets",
    "Open (unpaid) tickets for a table",
    { table: z.string().max(8) },
    withErrorHandling(async ({ table }) => ok(await openTickets(deps, table))),
  );

  server.tool(
    "ticket_detail",
    "Lines of one ticket",
    { ticketId: z.number().int().positive() },
    withErrorHandling(async ({ ticketId }) => {
      const lines = await ticketLines(deps, ticketId);
      const total = lines.reduce((s: number, l: any) => s + l.qty * l.price_cents, 0);
      return ok({ lines, total: (total / 100).toFixed(2) });
    }),
  );

  server.tool(
    "void_line",
    "Void one line of an open ticket",
    { ticketId: z.number().int().positive(), lineId: z.number().int().positive(), reason: z.string().min(3).max(120) },
    { destructiveHint: true },
    withErrorHandling(async ({ ticketId, lineId, reason }) => {
      const n = await deps.knex("ticket_lines").where({ id: lineId, ticket_id: ticketId }).update({ voided: true, void_reason: reason });
      return ok(n ? "voided" : "no such line");
    }),
  );
}
