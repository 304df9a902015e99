import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { QueryTypes } from "sequelize";
import { z } from "zod";
import type { Deps } from "../deps.js";

export function registerOrderTools(server: McpServer, deps: Deps) {
  server.registerTool(
    "open_orders",
    {
      description: "Open purchase orders for a supplier",
      inputSchema: { supplier: z.string().max(80) },
      annotations: { readOnlyHint: true },
    },
    async ({ supplier }) => {
      // ok: tool-input-to-sql
      const rows = await deps.sequelize.query("SELECT * FROM purchase_orders WHERE supplier = :supplier AND state = 'open'", { replacements: { supplier }, type: QueryTypes.SELECT });
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "orders_report",
    {
      description: "Aggregate purchase orders; `having` is an optional SQL HAVING condition",
      inputSchema: { groupBy: z.enum(["supplier", "state"]), having: z.string().optional() },
    },
    async ({ groupBy, having }) => {
      const tail = having ? ` HAVING ${having}` : "";
      // ruleid: tool-input-to-sql
      const rows = await deps.sequelize.query(`SELECT ${groupBy}, COUNT(*) AS n, SUM(total) AS total FROM purchase_orders GROUP BY ${groupBy}${tail}`, { type: QueryTypes.SELECT });
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    },
  );

  server.registerTool(
    "cancel_order",
    {
      description: "Cancel a purchase order",
      inputSchema: { orderId: z.number().int().positive() },
      annotations: { destructiveHint: true },
    },
    async ({ orderId }) => {
      await deps.sequelize.query("UPDATE purchase_orders SET state = 'cancelled' WHERE id = ?", { replacements: [orderId] });
      return { content: [{ type: "text", text: `order ${orderId} cancelled` }] };
    },
  );
}
