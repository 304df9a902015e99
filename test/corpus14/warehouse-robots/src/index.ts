import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { handlers } from "./dispatch.js";
import { schemas, type ToolName } from "./schemas.js";
import { FleetService } from "./services/fleet.js";
import { readFile } from "node:fs/promises";

const SLOTS_FILE = process.env.WMS_SLOTS_FILE ?? "/var/lib/wms/slots.json";

async function loadSlots() {
  return JSON.parse(await readFile(SLOTS_FILE, "utf8")) as Array<{ id: string; depth: number; height: number; load: number }>;
}

const ctx = { fleet: new FleetService(), slots: loadSlots };

const server = new Server({ name: "warehouse-robots", version: "0.4.2" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: (Object.keys(schemas) as ToolName[]).map((name) => ({
    name,
    description: `Fleet operation ${name.replace(/_/g, " ")}`,
    inputSchema: zodToJsonSchema(schemas[name]) as { type: "object" },
  })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: rawArgs } = request.params;
  if (!(name in schemas)) throw new Error(`unknown tool: ${name}`);
  // ok: weak-input-schema
  const parsed = schemas[name as ToolName].parse(rawArgs ?? {});
  return handlers[name as ToolName](parsed, ctx);
});

await server.connect(new StdioServerTransport());
