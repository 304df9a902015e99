#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { customFee, evaluateRefundRule, feeFor } from "./pricing.mjs";

const server = new McpServer({ name: "returns-processing", version: "2.4.0" });

const rmas = new Map();

server.tool(
  "open_rma",
  "Open a return merchandise authorisation",
  { orderId: z.string().regex(/^ORD-\d+$/), sku: z.string().max(40), reason: z.enum(["defective", "wrong-item", "changed-mind", "damaged"]) },
  async ({ orderId, sku, reason }) => {
    const id = `RMA-${rmas.size + 1000}`;
    rmas.set(id, { orderId, sku, reason, state: "open" });
    return { content: [{ type: "text", text: id }] };
  },
);

server.tool(
  "restocking_fee",
  "Compute the restocking fee for a returned item",
  { kind: z.enum(["standard", "opened", "damaged", "none"]), price: z.number().nonnegative() },
  async ({ kind, price }) => ({ content: [{ type: "text", text: String(feeFor(kind, price)) }] }),
);

server.tool(
  "custom_fee",
  "Compute a fee from a custom formula over `price` (e.g. price * 0.1 + 2)",
  { formula: z.string().max(200), price: z.number() },
  async ({ formula, price }) => ({ content: [{ type: "text", text: String(customFee(formula, price)) }] }),
);

server.tool(
  "refund_if",
  "Refund the full total when the rule holds, e.g. `daysSincePurchase < 30 && loyaltyTier === 'gold'`",
  { rule: z.string(), total: z.number(), daysSincePurchase: z.number().int(), loyaltyTier: z.string() },
  async ({ rule, ...order }) => ({ content: [{ type: "text", text: String(evaluateRefundRule(rule, order)) }] }),
);

server.tool(
  "batch_refunds",
  "Compute refunds for many items at once; `rules` maps SKU to a threshold JSON like {\"maxDays\":30}",
  { items: z.array(z.object({ sku: z.string(), total: z.number(), days: z.number() })), rules: z.string() },
  async ({ items, rules }) => {
    // ok: tool-input-to-eval
    const thresholds = JSON.parse(rules);
    const out = items.map((it) => ({ sku: it.sku, refund: it.days <= (thresholds[it.sku]?.maxDays ?? 30) ? it.total : 0 }));
    return { content: [{ type: "text", text: JSON.stringify(out) }] };
  },
);

server.tool(
  "close_rma",
  "Close an RMA after the item was inspected",
  { rma: z.string().regex(/^RMA-\d+$/), outcome: z.enum(["refunded", "replaced", "rejected"]) },
  async ({ rma, outcome }) => {
    const r = rmas.get(rma);
    if (!r) return { content: [{ type: "text", text: `no ${rma}` }], isError: true };
    r.state = outcome;
    return { content: [{ type: "text", text: `${rma} ${outcome}` }] };
  },
);

await server.connect(new StdioServerTransport());
