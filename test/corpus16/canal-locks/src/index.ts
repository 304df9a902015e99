import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { HANDLERS } from "./handlers.js";
import { createDeps } from "./deps.js";

const deps = createDeps();
const server = new Server({ name: "canal-locks", version: "0.4.0" }, { capabilities: { tools: {} } });

const lockId = { type: "string", enum: ["L01", "L02", "L03", "L04", "L05", "L06", "L07"] };

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "lock_status", description: "Gate, paddle and water-level state of a lock.", inputSchema: { type: "object", properties: { lockId }, required: ["lockId"] } },
    { name: "gate_log", description: "Recent gate controller log lines for a lock.", inputSchema: { type: "object", properties: { lockId: { type: "string" }, since: { type: "string" } }, required: ["lockId"] } },
    { name: "fill_time", description: "Estimate chamber fill time for a rise and a flow formula.", inputSchema: { type: "object", properties: { riseM: { type: "number" }, flowFormula: { type: "string" } } } },
    { name: "paddle_test", description: "Run a paddle self-test.", inputSchema: { type: "object", properties: { lockId, side: { type: "string", enum: ["upstream", "downstream"] } }, required: ["lockId", "side"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  // ruleid: weak-input-schema
  const { name, arguments: args = {} } = request.params;
  const handler = HANDLERS[name];
  if (!handler) throw new Error(`unknown tool: ${name}`);
  const text = await handler(args, deps);
  return { content: [{ type: "text", text }] };
});

await server.connect(new StdioServerTransport());
