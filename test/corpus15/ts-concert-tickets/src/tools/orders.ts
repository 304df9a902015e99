import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Stripe from "stripe";
import { pool, QueryBuilder } from "../db/queryBuilder.js";
import { CancelOrderShape, OrderLookupShape, type OrderLookupArgs } from "../schemas.js";

// ruleid: hardcoded-secret
const stripe = new Stripe("sk_live_51NcQ2hKb7TzR0aXyVw3LmPq8sD4fGhJ2kL9zXcVbNm0QwErTyUiOp", { apiVersion: "2024-06-20" });

async function findOrders({ email, status }: OrderLookupArgs) {
  const qb = new QueryBuilder("orders o", ["o.id", "o.status", "o.total_cents", "o.created_at"]).where("o.email", email);
  if (status) qb.where("o.status", status);
  const { text } = qb.order("o.created_at", "DESC").build();
  // ruleid: tool-input-to-sql
  const { rows } = await pool.query(text);
  return rows;
}

export function registerOrderTools(server: McpServer) {
  server.registerTool(
    "find_orders",
    { description: "Find a customer's orders by e-mail, optionally by status", inputSchema: OrderLookupShape },
    async (args) => {
      const rows = await findOrders(args);
      return { content: [{ type: "text", text: rows.map((r) => `${r.id} ${r.status} €${(r.total_cents / 100).toFixed(2)}`).join("\n") || "no orders" }] };
    },
  );

  server.registerTool(
    "cancel_order",
    {
      description: "Cancel an order, release its seats and refund the payment",
      inputSchema: CancelOrderShape,
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ orderId, reason }) => {
      const { rows } = await pool.query("SELECT payment_intent FROM orders WHERE id = $1", [orderId]);
      if (!rows.length) return { content: [{ type: "text", text: "order not found" }], isError: true };
      await stripe.refunds.create({ payment_intent: rows[0].payment_intent, reason: "requested_by_customer", metadata: { note: reason ?? "" } });
      await pool.query("UPDATE seats SET held_by = NULL, sold_to = NULL WHERE order_id = $1", [orderId]);
      await pool.query("DELETE FROM orders WHERE id = $1", [orderId]);
      return { content: [{ type: "text", text: `order ${orderId} cancelled and refunded` }] };
    },
  );
}
