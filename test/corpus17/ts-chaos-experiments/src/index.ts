#!/usr/bin/env node
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { ZodError } from "zod";
import { handlers, toolList } from "./handlers.js";

const server = new Server({ name: "chaos-experiments", version: "0.5.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolList }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const handler = handlers[request.params.name];
  if (!handler) {
    return { isError: true, content: [{ type: "text", text: `unknown tool ${request.params.name}` }] };
  }
  try {
    // ok: weak-input-schema
    return await handler(request.params.arguments ?? {});
  } catch (err) {
    if (err instanceof ZodError) {
      return { isError: true, content: [{ type: "text", text: `invalid arguments: ${err.issues.map((i) => i.path.join(".") + " " + i.message).join("; ")}` }] };
    }
    console.error(err);
    return { isError: true, content: [{ type: "text", text: "experiment failed" }] };
  }
});

await server.connect(new StdioServerTransport());
