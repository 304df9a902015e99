import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import { searchLots, lotByNumber, bidHistory } from "./services/lots.js";
import { houseIncrement, customIncrement } from "./services/increments.js";

const server = new FastMCP({ name: "auction-house", version: "3.0.1" });

server.addTool({
  name: "search_lots",
  description: "Search the lots of a sale by keyword and category.",
  parameters: z.object({
    saleId: z.number().int().positive(),
    keyword: z.string().optional(),
    category: z.string().optional(),
  }),
  execute: async (args) => {
    const rows = await searchLots({ ...args });
    return JSON.stringify(rows);
  },
});

server.addTool({
  name: "lot_details",
  description: "Details and bid history of one lot.",
  parameters: z.object({ saleId: z.number().int(), lotNumber: z.string().regex(/^\d{1,4}[A-Z]?$/) }),
  annotations: { readOnlyHint: true },
  execute: async ({ saleId, lotNumber }) => {
    const lots = (await lotByNumber(saleId, lotNumber)) as Array<{ id: number }>;
    if (!lots.length) throw new UserError("no such lot");
    const bids = await bidHistory(lots[0].id);
    return JSON.stringify({ lot: lots[0], bids });
  },
});

server.addTool({
  name: "next_increment",
  description: "Next bid increment for a price, by house tier or by a custom rule expression.",
  parameters: z.object({
    price: z.number().nonnegative(),
    tier: z.enum(["standard", "fine_art", "wine"]).default("standard"),
    customRule: z.string().optional(),
  }),
  execute: async ({ price, tier, customRule }) => {
    const step = customRule ? customIncrement(customRule, price) : houseIncrement(tier, price);
    return `next bid: ${price + step}`;
  },
});

server.addTool({
  name: "withdraw_lot",
  description: "Withdraw a lot from sale.",
  parameters: z.object({ lotId: z.number().int() }),
  // ruleid: annotation-mismatch
  annotations: { readOnlyHint: true, title: "Withdraw lot" },
  execute: async ({ lotId }) => {
    const res = await fetch(`http://127.0.0.1:7070/internal/lots/${lotId}`, { method: "DELETE" });
    return res.ok ? "withdrawn" : `failed: ${res.status}`;
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: Number(process.env.PORT ?? 8088) } });
