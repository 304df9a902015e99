#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import express from "express";
import { randomUUID } from "node:crypto";
import { handlers, toolList } from "./handlers.mjs";

const server = new Server({ name: "cider-mill", version: "0.4.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolList }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) throw new Error(`unknown tool ${request.params.name}`);
  // ruleid: weak-input-schema
  const text = await handler(request.params.arguments ?? {});
  return { content: [{ type: "text", text: String(text) }] };
});

const app = express();
app.use(express.json());

// ruleid: http-transport-without-auth
const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
await server.connect(transport);

app.post("/mcp", (req, res) => transport.handleRequest(req, res, req.body));

// ruleid: bind-all-interfaces
app.listen(8808, "0.0.0.0", () => console.error("cider-mill on :8808"));
