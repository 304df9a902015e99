"use strict";
// gateway-mcp: internal REST APIs exposed as MCP tools (low-level Server, Streamable HTTP).
const https = require("node:https");
const { randomUUID } = require("node:crypto");
const express = require("express");
const axios = require("axios");
const { z } = require("zod");
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StreamableHTTPServerTransport } = require("@modelcontextprotocol/sdk/server/streamableHttp.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const auth = require("./auth");

if (process.env.GATEWAY_INSECURE === "1") {
  // ruleid: tls-verification-disabled
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
}

const inventory = axios.create({
  baseURL: "https://inventory.corp.example.com/api",
  // ruleid: tls-verification-disabled
  httpsAgent: new https.Agent({ rejectUnauthorized: false }),
  timeout: 10000,
});

const billing = axios.create({
  baseURL: "https://billing.corp.example.com/v1",
  // ok: tls-verification-disabled
  httpsAgent: new https.Agent({ rejectUnauthorized: true, minVersion: "TLSv1.2" }),
  // ok: token-passthrough
  headers: { Authorization: `Bearer ${process.env.BILLING_SERVICE_TOKEN}` },
});

const InvoiceArgs = z.object({ customerId: z.string().regex(/^cus_[A-Za-z0-9]{8,32}$/), status: z.enum(["open", "paid", "void"]).optional() });

function buildServer(callerAuthorization) {
  const server = new Server({ name: "gateway-mcp", version: "1.8.0" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      { name: "stock_level", description: "Stock level of a SKU in every warehouse.", inputSchema: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] } },
      { name: "invoices", description: "Invoices of a customer.", inputSchema: { type: "object", properties: { customerId: { type: "string" }, status: { type: "string", enum: ["open", "paid", "void"] } }, required: ["customerId"] } },
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name } = request.params;
    if (name === "stock_level") {
      // ruleid: weak-input-schema
      const args = request.params.arguments || {};
      const { data } = await inventory.get(`/stock/${encodeURIComponent(args.sku)}`, {
        // ruleid: token-passthrough
        headers: { Authorization: callerAuthorization },
      });
      return { content: [{ type: "text", text: JSON.stringify(data) }] };
    }
    if (name === "invoices") {
      // ok: weak-input-schema
      const { customerId, status } = InvoiceArgs.parse(request.params.arguments);
      const { data } = await billing.get("/invoices", { params: { customer: customerId, status } });
      return { content: [{ type: "text", text: JSON.stringify(data.items) }] };
    }
    throw new Error(`unknown tool ${name}`);
  });
  return server;
}

const app = express();
app.use(express.json());
const transports = new Map();

app.post("/mcp", auth.middleware, async (req, res) => {
  let transport = transports.get(req.get("mcp-session-id"));
  if (!transport) {
    // ruleid: dns-rebinding-unprotected
    transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID(), onsessioninitialized: (id) => transports.set(id, transport) });
    await buildServer(req.headers.authorization).connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(7300, "127.0.0.1");
