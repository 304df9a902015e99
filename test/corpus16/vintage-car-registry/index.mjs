import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { TOOLS } from "./tools.mjs";

const server = new Server({ name: "vintage-car-registry", version: "1.3.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS.map((t) => t.definition()) }));

server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
  const tool = TOOLS.find((t) => t.name === params.name);
  if (!tool) return { content: [{ type: "text", text: `no tool ${params.name}` }], isError: true };
  try {
    const rows = await tool.execute(params.arguments ?? {});
    return { content: [{ type: "text", text: JSON.stringify(rows ?? null, null, 2) }] };
  } catch (err) {
    process.stderr.write(`registry error: ${err.stack}\n`);
    // ok: error-detail-leak
    return { content: [{ type: "text", text: "Registry lookup failed; the error was logged." }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
