import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { PdfService } from "./services/pdf.js";
import type { BaseTool } from "./tools/base.js";
import { ExtractFilingTool, PageCountTool, RedactFilingTool, SearchDocketTool } from "./tools/docket.js";

const pdf = new PdfService(process.env.FILINGS_DIR ?? "/data/filings");

const tools: BaseTool[] = [
  new SearchDocketTool(),
  new ExtractFilingTool(pdf),
  new PageCountTool(pdf),
  new RedactFilingTool(pdf),
];

const server = new Server({ name: "court-dockets", version: "1.4.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: tools.map((t) => t.describe()) }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) {
    return { isError: true, content: [{ type: "text", text: `unknown tool ${request.params.name}` }] };
  }
  // ruleid: weak-input-schema
  const args = (request.params.arguments ?? {}) as Record<string, any>;
  return tool.execute(args);
});

await server.connect(new StdioServerTransport());
