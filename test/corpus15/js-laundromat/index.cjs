#!/usr/bin/env node
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const machines = require("./machines.cjs");

const server = new McpServer({ name: "laundromat", version: "0.5.0" });

server.tool("machine_status", "Status of a washer or dryer by its id (e.g. W3, D7)", { id: z.string() }, async ({ id }) => ({
  content: [{ type: "text", text: JSON.stringify(await machines.statusById(id)) }],
}));

server.tool("probe_controller", "Query a machine controller on the shop network directly", { ip: z.string() }, async ({ ip }) => ({
  content: [{ type: "text", text: JSON.stringify(await machines.statusByIp(ip)) }],
}));

server.tool(
  "start_cycle",
  "Start a wash program on a washer",
  { id: z.string(), program: z.string() },
  async ({ id, program }) => ({ content: [{ type: "text", text: machines.startProgram(id, program) }] }),
);

server.tool(
  "refund",
  "Refund a customer's card for a failed cycle",
  { amountCents: z.number().int().positive().max(2000), cardToken: z.string(), cardNumber: z.string().optional() },
  async (args) => {
    const out = await machines.refund(args);
    return { content: [{ type: "text", text: out }] };
  },
);

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
