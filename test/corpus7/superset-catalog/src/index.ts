import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { Pool } from "pg";
import { handlers, toolList } from "./handlers.js";

const pool = new Pool({ connectionString: process.env.SUPERSET_DB_URL, max: 4 });
const server = new Server({ name: "superset-catalog", version: "0.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: toolList }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  const handler = handlers[name];
  if (!handler) {
    return { content: [{ type: "text", text: `unknown tool ${name}` }], isError: true };
  }
  // ruleid: weak-input-schema
  const args = (request.params.arguments ?? {}) as Record<string, any>;
  try {
    const rows = await handler({ pool }, args);
    return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
  } catch (err) {
    // ruleid: error-detail-leak
    return { content: [{ type: "text", text: `query failed: ${(err as Error).stack}` }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
