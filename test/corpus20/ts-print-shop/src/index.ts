import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { BaseTool } from "./tools/base.js";
import { JobLookupTool, JobSearchTool, ProofFileTool, ReprintTool } from "./tools/jobs.js";
import { openDb } from "./services/db.js";

const db = openDb(process.env.PRINTSHOP_DB ?? "./printshop.sqlite");

const tools: BaseTool[] = [new JobLookupTool(db), new JobSearchTool(db), new ProofFileTool(), new ReprintTool(db)];

const server = new Server({ name: "print-shop", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) {
    return { isError: true, content: [{ type: "text", text: `unknown tool ${request.params.name}` }] };
  }
  try {
    const text = await tool.execute(request.params.arguments ?? {});
    return { content: [{ type: "text", text }] };
  } catch (err) {
    // ruleid: error-detail-leak
    return { isError: true, content: [{ type: "text", text: `failed: ${(err as Error).stack}` }] };
  }
});

await server.connect(new StdioServerTransport());
