import { z } from "zod";

export const InvoiceArgs = z.object({ invoiceId: z.number().int().positive() });
export const StateArgs = z.object({
  model: z.enum(["sale", "purchase", "stock"]),
  state: z.string().regex(/^[a-z_]{1,24}$/),
});
export const PriceArgs = z.object({ qty: z.number().positive(), unitPrice: z.number().nonnegative() });

export const TOOL_LIST = [
  {
    name: "search_partners",
    description: "Search customers and suppliers by name",
    inputSchema: { type: "object", properties: { name: { type: "string" }, limit: { type: "integer" } }, required: ["name"] },
  },
  {
    name: "get_invoice",
    description: "Fetch one customer invoice with its lines",
    inputSchema: { type: "object", properties: { invoiceId: { type: "integer" } }, required: ["invoiceId"] },
  },
  {
    name: "orders_by_state",
    description: "Count documents per state for sales, purchases or stock moves",
    inputSchema: {
      type: "object",
      properties: { model: { type: "string", enum: ["sale", "purchase", "stock"] }, state: { type: "string", pattern: "^[a-z_]{1,24}$" } },
      required: ["model", "state"],
    },
  },
  {
    name: "filter_orders",
    description: "Filter sale orders by field values",
    inputSchema: { type: "object", properties: { filters: { type: "object" }, orderBy: { type: "string" } } },
  },
  {
    name: "line_total",
    description: "Compute a line total from quantity and unit price",
    inputSchema: { type: "object", properties: { qty: { type: "number" }, unitPrice: { type: "number" } } },
  },
];
