import express from "express";
import cors from "cors";
import jwt, { type JwtPayload } from "jsonwebtoken";
import { randomUUID } from "node:crypto";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from "@modelcontextprotocol/sdk/types.js";
import { feedCamera, labSample, oxygen, writeExport } from "./pens.js";
import { isExportArgs, isFeedArgs, isPenArgs, isSampleArgs } from "./validators.js";

// ok: hardcoded-secret
const FEED_SYSTEM_KEY = process.env.FEED_SYSTEM_KEY ?? "";

class FishFarmServer {
  readonly server = new Server({ name: "fish-farm", version: "1.2.0" }, { capabilities: { tools: {} } });
  private feedLog: Array<{ pen: string; kg: number; feedType: string; at: string }> = [];

  constructor() {
    this.setupToolHandlers();
  }

  private setupToolHandlers() {
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: [
        // ok: weak-input-schema
        { name: "pen_oxygen", description: "Dissolved oxygen of a sea pen (last 6 h)", inputSchema: { type: "object", properties: { pen: { type: "string", pattern: "^P[0-9]{2}$" } }, required: ["pen"] } },
        { name: "log_feeding", description: "Log a feeding", inputSchema: { type: "object", properties: { pen: { type: "string" }, kg: { type: "number" }, feedType: { type: "string", enum: ["starter", "grower", "finisher"] } }, required: ["pen", "kg", "feedType"] } },
        { name: "export_feed_log", description: "Export the feed log of a pen to CSV", inputSchema: { type: "object", properties: { pen: { type: "string" }, file: { type: "string" } }, required: ["pen", "file"] } },
        { name: "record_camera", description: "Record the underwater camera of a pen", inputSchema: { type: "object", properties: { pen: { type: "string" }, seconds: { type: "string" } }, required: ["pen", "seconds"] } },
        { name: "lab_sample", description: "Fetch a sea-lice count from a lab endpoint", inputSchema: { type: "object", properties: { pen: { type: "string" }, labUrl: { type: "string" } }, required: ["pen", "labUrl"] } },
      ],
    }));

    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const args = request.params.arguments;
      const text = (v: unknown) => ({ content: [{ type: "text" as const, text: typeof v === "string" ? v : JSON.stringify(v) }] });
      switch (request.params.name) {
        case "pen_oxygen":
          if (!isPenArgs(args)) throw new McpError(ErrorCode.InvalidParams, "pen must look like P07");
          return text(await oxygen(args.pen));
        case "log_feeding":
          if (!isFeedArgs(args)) throw new McpError(ErrorCode.InvalidParams, "bad feeding");
          this.feedLog.push({ pen: args.pen, kg: args.kg, feedType: args.feedType, at: new Date().toISOString() });
          return text("logged");
        case "export_feed_log": {
          if (!isExportArgs(args)) throw new McpError(ErrorCode.InvalidParams, "pen and file required");
          const csv = this.feedLog.filter((f) => f.pen === args.pen).map((f) => `${f.at},${f.kg},${f.feedType}`).join("\n");
          return text(await writeExport(args.file, csv));
        }
        case "record_camera": {
          const { pen, seconds } = args as { pen: string; seconds: string };
          return text(await feedCamera(pen, seconds));
        }
        case "lab_sample":
          if (!isSampleArgs(args)) throw new McpError(ErrorCode.InvalidParams, "pen and labUrl required");
          return text(await labSample(args.labUrl, args.pen));
        default:
          throw new McpError(ErrorCode.MethodNotFound, `unknown tool ${request.params.name}`);
      }
    });
  }
}

function operatorOnly(req: express.Request, res: express.Response, next: express.NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims || claims.role !== "operator") {
    res.status(403).json({ error: "operators only" });
    return;
  }
  next();
}

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://ops.fishfarm.example"], credentials: true }));

app.post("/mcp", operatorOnly, async (req, res) => {
  const { server } = new FishFarmServer();
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(Number(process.env.PORT ?? 3300), "127.0.0.1");
console.error(`fish-farm MCP (feed system key set: ${FEED_SYSTEM_KEY !== ""})`);
