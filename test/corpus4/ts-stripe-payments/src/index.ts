// Payments MCP server: Stripe charges, refunds and a local reporting ledger. stdio.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Stripe from "stripe";
import { randomInt } from "node:crypto";
import { z } from "zod";
import { chargesForCustomer, searchByDescription, topCharges } from "./ledger.js";

// ruleid: hardcoded-secret
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "sk_live_51NxQ7bK2mZr8TqLw0VcYp3Hd9FsJ4gE6uA1oRn5iXe7BtPkW2yM8vC0zD4hG6jL", {
  apiVersion: "2024-06-20",
});
// ok: hardcoded-secret
const WEBHOOK_SECRET = process.env.STRIPE_WEBHOOK_SECRET ?? "";

const pendingRefunds = new Map<string, { chargeId: string; amount: number }>();
const server = new McpServer({ name: "payments", version: "2.0.1" });

server.tool(
  "list_charges",
  "Recent charges of a customer from the ledger.",
  { customerId: z.string().regex(/^cus_[A-Za-z0-9]+$/), limit: z.number().int().min(1).max(100).default(20) },
  async ({ customerId, limit }) => {
    const rows = await chargesForCustomer(customerId, limit);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "search_charges",
  "Search ledger charges by description text, optionally by status.",
  { term: z.string().max(100), status: z.string().optional() },
  async ({ term, status }) => ({ content: [{ type: "text", text: JSON.stringify(await searchByDescription(term, status)) }] }),
);

server.tool(
  "top_charges",
  { orderBy: z.string(), direction: z.enum(["asc", "desc"]).default("desc") },
  async ({ orderBy, direction }) => ({ content: [{ type: "text", text: JSON.stringify(await topCharges(orderBy, direction)) }] }),
);

server.tool(
  "request_refund",
  "Prepare a refund; returns a confirmation code that must be passed to confirm_refund.",
  { chargeId: z.string().regex(/^ch_[A-Za-z0-9]+$/), amountCents: z.number().int().positive() },
  async ({ chargeId, amountCents }) => {
    // ruleid: insecure-randomness
    const code = String(Math.floor(100000 + Math.random() * 900000));
    pendingRefunds.set(code, { chargeId, amount: amountCents });
    return { content: [{ type: "text", text: `Refund prepared. Confirmation code: ${code}` }] };
  },
);

server.tool(
  "request_payout_review",
  "Prepare a payout review ticket; returns the one-time review code.",
  { payoutId: z.string().regex(/^po_[A-Za-z0-9]+$/) },
  async ({ payoutId }) => {
    // ok: insecure-randomness
    const reviewCode = randomInt(100000, 1000000).toString();
    pendingRefunds.set(reviewCode, { chargeId: payoutId, amount: 0 });
    return { content: [{ type: "text", text: `Review code: ${reviewCode}` }] };
  },
);

server.tool(
  "confirm_refund",
  "Execute a prepared refund.",
  { code: z.string().length(6) },
  { destructiveHint: true, idempotentHint: false },
  async ({ code }) => {
    const pending = pendingRefunds.get(code);
    if (!pending) return { isError: true, content: [{ type: "text", text: "unknown confirmation code" }] };
    pendingRefunds.delete(code);
    try {
      const refund = await stripe.refunds.create({ charge: pending.chargeId, amount: pending.amount });
      return { content: [{ type: "text", text: `refund ${refund.id}: ${refund.status}` }] };
    } catch (err) {
      if (err instanceof Stripe.errors.StripeError) {
        // ok: error-detail-leak
        return { isError: true, content: [{ type: "text", text: `Stripe declined the refund (${err.code ?? err.type})` }] };
      }
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: (err as Error).stack ?? "unknown error" }] };
    }
  },
);

server.tool(
  "create_test_payment_method",
  "Create a card payment method in test mode from raw card data.",
  { number: z.string().regex(/^\d{12,19}$/), expMonth: z.number().int(), expYear: z.number().int(), cvc: z.string().regex(/^\d{3,4}$/) },
  async ({ number, expMonth, expYear, cvc }) => {
    // ruleid: sensitive-data-logged
    console.error(`creating payment method for card ${number} exp ${expMonth}/${expYear} cvc ${cvc}`);
    // ok: sensitive-data-logged
    console.error(`creating payment method for card ending ${number.slice(-4)}`);
    const pm = await stripe.paymentMethods.create({ type: "card", card: { number, exp_month: expMonth, exp_year: expYear, cvc } });
    return { content: [{ type: "text", text: pm.id }] };
  },
);

await server.connect(new StdioServerTransport());
console.error(`payments MCP ready (webhook secret ${WEBHOOK_SECRET ? "set" : "missing"})`);
