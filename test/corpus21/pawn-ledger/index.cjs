#!/usr/bin/env node
"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const vm = require("node:vm");
const { valueItem, loanOffer } = require("./lib/pricing.cjs");
const { reportToPolice, lookupSerial } = require("./lib/holds.cjs");

const server = new McpServer({ name: "pawn-ledger", version: "0.9.0" });

server.tool(
  "appraise",
  "Estimate the resale value of an item using the shop's pricing rule",
  {
    category: z.enum(["jewelry", "electronics", "tools", "instruments"]),
    condition: z.number().min(1).max(10),
    rule: z.string().describe("Pricing rule, e.g. 'base * 0.6 + condition * 5'"),
  },
  async ({ category, condition, rule }) => {
    const value = valueItem(category, condition, rule);
    return { content: [{ type: "text", text: `Estimated value: $${value.toFixed(2)}` }] };
  },
);

server.tool(
  "loan_offer",
  "Compute a loan offer for an appraised value",
  { appraised: z.number().positive(), termDays: z.union([z.literal(30), z.literal(60), z.literal(90)]) },
  async ({ appraised, termDays }) => ({ content: [{ type: "text", text: JSON.stringify(loanOffer(appraised, termDays)) }] }),
);

server.tool(
  "score_ticket",
  "Run a custom scoring snippet against a pawn ticket",
  { ticket: z.object({ amount: z.number(), days: z.number() }), snippet: z.string() },
  async ({ ticket, snippet }) => {
    const sandbox = { ticket, score: 0 };
    // ruleid: tool-input-to-eval
    vm.runInNewContext(snippet, sandbox, { timeout: 50 });
    return { content: [{ type: "text", text: String(sandbox.score) }] };
  },
);

server.tool(
  "parse_ticket_json",
  "Parse a ticket exported by the old POS",
  { raw: z.string().max(20000) },
  async ({ raw }) => {
    // ok: unsafe-deserialization
    const ticket = JSON.parse(raw);
    return { content: [{ type: "text", text: `ticket ${ticket.number} for ${ticket.customer}` }] };
  },
);

server.tool(
  "check_serial",
  "Check a serial number against the stolen-goods database",
  { serial: z.string().regex(/^[A-Z0-9-]{4,32}$/) },
  async ({ serial }) => ({ content: [{ type: "text", text: JSON.stringify(await lookupSerial(serial)) }] }),
);

server.tool(
  "file_hold_report",
  "File a police hold report at the precinct endpoint given by the officer",
  { ticketNo: z.string(), precinctUrl: z.string().url() },
  async ({ ticketNo, precinctUrl }) => {
    const res = await reportToPolice(precinctUrl, ticketNo);
    return { content: [{ type: "text", text: `report status ${res.status}` }] };
  },
);

server.connect(new StdioServerTransport());
