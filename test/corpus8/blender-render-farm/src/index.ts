import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { Pool } from "pg";
import { z } from "zod";
import { makeHandlers, Deps } from "./handlers.js";
import { JobStore } from "./jobs.js";

const pool = new Pool({ connectionString: process.env.FARM_DB });
const deps: Deps = { jobs: new JobStore(pool), blender: process.env.BLENDER_BIN ?? "/opt/blender/blender", outDir: "/mnt/renders" };
const handlers = makeHandlers(deps);

const SubmitSchema = z.object({
  blend: z.string().regex(/^[a-z0-9_\/-]+\.blend$/),
  frameStart: z.number().int().min(0),
  frameEnd: z.number().int().min(0),
  engine: z.enum(["CYCLES", "BLENDER_EEVEE"]),
});

const server = new Server({ name: "blender-render-farm", version: "2.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "submit_job", description: "Queue a render job", inputSchema: { type: "object", properties: { blend: { type: "string" }, frameStart: { type: "integer" }, frameEnd: { type: "integer" }, engine: { type: "string", enum: ["CYCLES", "BLENDER_EEVEE"] } }, required: ["blend", "frameStart", "frameEnd", "engine"] } },
    { name: "job_status", description: "Show jobs filtered by owner and state", inputSchema: { type: "object", properties: { owner: { type: "string" }, state: { type: "string" } } } },
    { name: "render_preview", description: "Render a single low-res preview frame now", inputSchema: { type: "object", properties: { blend: { type: "string" }, frame: { type: "integer" }, scene: { type: "string" } }, required: ["blend", "frame"] } },
    { name: "cancel_job", description: "Cancel a queued job", inputSchema: { type: "object", properties: { jobId: { type: "integer" } }, required: ["jobId"] } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;
  // ruleid: stdout-in-stdio-server
  console.log(`[farm] ${name}`, JSON.stringify(args));
  if (name === "submit_job") {
    const spec = SubmitSchema.parse(args);
    return handlers.submit(spec);
  }
  if (name === "job_status") {
    return handlers.status(args as { owner?: string; state?: string });
  }
  if (name === "render_preview") {
    return handlers.preview(args as { blend: string; frame: number; scene?: string });
  }
  if (name === "cancel_job") {
    return handlers.cancel(Number(args.jobId));
  }
  throw new Error(`unknown tool ${name}`);
});

await server.connect(new StdioServerTransport());
