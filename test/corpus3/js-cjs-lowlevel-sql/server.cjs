#!/usr/bin/env node
// orders-mcp: low-level MCP server over the shop's MySQL database (CommonJS, stdio).
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const { z } = require("zod");
const db = require("./db.cjs");

const RevenueArgs = z.object({ from: z.string().date(), to: z.string().date() });

const server = new Server({ name: "orders-mcp", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "customer_orders",
      description: "Orders of a customer, sorted by a column.",
      inputSchema: {
        type: "object",
        properties: { email: { type: "string", format: "email" }, sort: { type: "string", enum: ["created_at", "total", "customer_name", "status"] } },
        required: ["email"],
      },
    },
    {
      name: "orders_by_status",
      description: "Orders in a status.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
    {
      name: "revenue",
      description: "Revenue per day between two dates.",
      // ok: weak-input-schema
      inputSchema: { type: "object", properties: { from: { type: "string", format: "date" }, to: { type: "string", format: "date" } }, required: ["from", "to"], additionalProperties: false },
    },
    {
      name: "search_products",
      description: "Full-text product search.",
      inputSchema: { type: "object", properties: { term: { type: "string" } }, required: ["term"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  // ruleid: weak-input-schema
  const args = request.params.arguments;
  let rows;
  switch (request.params.name) {
    case "customer_orders":
      rows = await db.ordersForCustomer(args.email, args.sort);
      break;
    case "orders_by_status":
      rows = await db.ordersByStatus(args.status, args.orderBy || "created_at");
      break;
    case "revenue": {
      const { from, to } = RevenueArgs.parse(request.params.arguments);
      rows = await db.revenue(from, to);
      break;
    }
    case "search_products":
      rows = await db.searchProducts(args.term);
      break;
    default:
      return { isError: true, content: [{ type: "text", text: "unknown tool" }] };
  }
  return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
});

server
  .connect(new StdioServerTransport())
  .then(() => process.stderr.write("orders-mcp ready\n"))
  .catch((err) => {
    process.stderr.write(`orders-mcp failed: ${err.stack}\n`);
    process.exit(1);
  });
