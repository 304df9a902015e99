import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { LightingDb } from "./services/db.js";
import type { BaseTool, ToolContext } from "./tools/base.js";
import { DimLampTool, DistrictFaultsTool, BurnHoursTool } from "./tools/lamps.js";
import { ControllerFirmwareTool, CmsSearchTool } from "./tools/controllers.js";

const ctx: ToolContext = {
  db: new LightingDb(process.env.LIGHTING_DB ?? "./lighting.sqlite"),
  cmsBaseUrl: "https://cms.streetlights.city.example",
};

const tools: BaseTool[] = [
  new DimLampTool(ctx),
  new DistrictFaultsTool(ctx),
  new BurnHoursTool(ctx),
  new ControllerFirmwareTool(ctx),
  new CmsSearchTool(ctx),
];

const server = new Server({ name: "street-lighting", version: "2.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema })),
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const tool = tools.find((t) => t.name === request.params.name);
  if (!tool) {
    return { content: [{ type: "text", text: `unknown tool ${request.params.name}` }], isError: true };
  }
  try {
    // ok: weak-input-schema
    return await tool.run(request.params.arguments ?? {});
  } catch (err) {
    console.error("tool failed", request.params.name, err);
    // ok: error-detail-leak
    return { content: [{ type: "text", text: "The lighting system rejected the request." }], isError: true };
  }
});

await server.connect(new StdioServerTransport());
