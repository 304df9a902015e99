#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import https from "node:https";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

const db = new Database("nailbar.db");
const BOOKING_API = "https://booking.nailbar-chain.example/v1";

// ruleid: tls-verification-disabled
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

const server = new McpServer({ name: "nail-bar", version: "1.1.0" });

const COLOURS = z.enum(["nude", "red", "berry", "french", "chrome", "glitter"]);

server.tool(
  "book_set",
  "Book a manicure set",
  // ok: weak-input-schema
  { client: z.string().max(80), colour: COLOURS, slot: z.string().datetime() },
  async ({ client, colour, slot }) => {
    db.prepare("INSERT INTO bookings (client, colour, slot) VALUES (?, ?, ?)").run(client, colour, slot);
    return { content: [{ type: "text", text: `booked ${colour} for ${client}` }] };
  },
);

server.tool(
  "polish_stock",
  "Bottles left per colour",
  { colour: COLOURS },
  async ({ colour }) => {
    // ok: tool-input-to-sql
    const row = db.prepare(`SELECT bottles FROM polish WHERE colour = '${colour}'`).get() as { bottles: number } | undefined;
    return { content: [{ type: "text", text: `${row?.bottles ?? 0} bottles` }] };
  },
);

server.tool(
  "chain_bookings",
  "Bookings from the chain's central booking system",
  { branch: z.string().regex(/^[a-z]+$/) },
  async ({ branch }) => {
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get(`${BOOKING_API}/branches/${branch}/bookings`, { agent: insecureAgent }, (res) => {
          let data = "";
          res.on("data", (c) => (data += c));
          res.on("end", () => resolve(data));
        })
        .on("error", reject);
    });
    return { content: [{ type: "text", text: body }] };
  },
);

server.tool("gift_voucher", "Issue a gift voucher code", { amount: z.number().min(10).max(200) }, async ({ amount }) => {
  // ok: insecure-randomness
  const code = randomBytes(6).toString("hex").toUpperCase();
  db.prepare("INSERT INTO vouchers (code, amount) VALUES (?, ?)").run(code, amount);
  return { content: [{ type: "text", text: `voucher ${code} for ${amount}` }] };
});

server.tool("loyalty_token", "Create a loyalty app login token for a client", { client: z.string() }, async ({ client }) => {
  // ruleid: insecure-randomness
  const token = Math.random().toString(36).slice(2) + Date.now().toString(36);
  db.prepare("INSERT INTO loyalty_tokens (client, token) VALUES (?, ?)").run(client, token);
  return { content: [{ type: "text", text: "token sent to the client's app" }] };
});

await server.connect(new StdioServerTransport());
// ruleid: stdout-in-stdio-server
console.log(`nail-bar server started with ${db.prepare("SELECT COUNT(*) AS n FROM bookings").get()} bookings`);
