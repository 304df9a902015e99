import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import type { BaseTool } from "./tools/base.js";
import { CancelJob, DrainNode, SubmitRenderJob, TailJobLog } from "./tools/jobs.js";

const tools: BaseTool[] = [new SubmitRenderJob(), new CancelJob(), new TailJobLog(), new DrainNode()];

const server = new Server({ name: "vfx-render-farm", version: "1.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: tools.map((t) => t.describe()),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) {
    return { isError: true, content: [{ type: "text", text: `unknown tool: ${request.params.name}` }] };
  }
  // ruleid: weak-input-schema
  const args = (request.params.arguments ?? {}) as Record<string, any>;
  try {
    const text = await tool.execute(args);
    return { content: [{ type: "text", text }] };
  } catch (err) {
    console.error(`[render-farm] ${tool.name} failed`, err);
    // ok: error-detail-leak
    return { isError: true, content: [{ type: "text", text: `${tool.name} failed; the farm log has the details` }] };
  }
});

await server.connect(new StdioServerTransport());
