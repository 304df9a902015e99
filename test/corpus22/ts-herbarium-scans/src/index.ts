import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { registerScanTools } from "./tools/scans.js";
import { SCAN_ROOT } from "./util/paths.js";

const server = new McpServer({ name: "herbarium-scans", version: "0.9.0" });

registerScanTools(server);

server.resource(
  "specimen-label",
  new ResourceTemplate("herbarium://labels/{barcode}", { list: undefined }),
  async (uri, { barcode }) => {
    const file = path.join(SCAN_ROOT, "labels", `${barcode}.txt`);
    const text = await readFile(file, "utf8");
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.prompt("describe_specimen", { barcode: z.string().regex(/^[A-Z]{2,4}\d{6,8}$/) }, ({ barcode }) => ({
  messages: [{ role: "user", content: { type: "text", text: `Describe the herbarium sheet ${barcode}, its collector and locality.` } }],
}));

// ruleid: stdout-in-stdio-server
console.log("herbarium-scans MCP server ready");
await server.connect(new StdioServerTransport());
