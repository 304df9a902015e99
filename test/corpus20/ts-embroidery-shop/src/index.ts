import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { importDesign } from "./tools/import-design.js";
import { stitchEstimate } from "./tools/stitch-estimate.js";
import { threadPalette } from "./tools/thread-palette.js";
import { deleteDesign } from "./tools/delete-design.js";

const server = new McpServer({ name: "embroidery-shop", version: "0.9.0" });

const all = [importDesign, stitchEstimate, threadPalette, deleteDesign];

for (const t of all) {
  server.registerTool(
    t.name,
    { description: t.description, inputSchema: t.inputSchema, annotations: t.annotations },
    async (args: any) => ({ content: [{ type: "text" as const, text: await t.handler(args) }] }),
  );
}

await server.connect(new StdioServerTransport());
console.error(`embroidery-shop: ${all.length} tools registered`);
