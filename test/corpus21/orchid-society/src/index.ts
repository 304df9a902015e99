import express from "express";
import cors from "cors";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { requireBearer } from "./auth.js";

const JudgeArgs = z.object({ entry: z.string().regex(/^[0-9]{1,4}$/), criteria: z.enum(["form", "colour", "size", "floriferousness"]) });
const GrowArgs = z.object({ genus: z.string().max(40), temp: z.number(), humidity: z.number() });

const CRITERIA_WEIGHT: Record<string, string> = { form: "30", colour: "30", size: "20", floriferousness: "20" };

function createServer() {
  const server = new Server({ name: "orchid-society", version: "1.1.0" }, { capabilities: { tools: {} } });

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: [
      {
        name: "judging_weight",
        // ok: tool-description-injection
        description: "Return the point weight of an AOS judging criterion for a show entry. Read-only.",
        inputSchema: { type: "object", properties: { entry: { type: "string" }, criteria: { type: "string" } }, required: ["entry", "criteria"] },
        // ok: annotation-mismatch
        annotations: { readOnlyHint: true },
      },
      {
        name: "grow_advice",
        description: "Growing advice for a genus under given conditions",
        inputSchema: { type: "object", properties: { genus: { type: "string" }, temp: { type: "number" }, humidity: { type: "number" } }, required: ["genus", "temp", "humidity"] },
      },
    ],
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    const { name } = request.params;
    if (name === "judging_weight") {
      // ok: weak-input-schema
      const { criteria } = JudgeArgs.parse(request.params.arguments);
      // ok: tool-input-to-eval
      const weight = Number(eval(CRITERIA_WEIGHT[criteria]));
      return { content: [{ type: "text", text: `${criteria}: ${weight} points` }] };
    }
    if (name === "grow_advice") {
      const { genus, temp, humidity } = GrowArgs.parse(request.params.arguments);
      const tooCold = temp < 12 ? "raise night temperature" : "temperature fine";
      return { content: [{ type: "text", text: `${genus}: ${tooCold}, humidity ${humidity >= 50 ? "ok" : "too low"}` }] };
    }
    throw new Error(`unknown tool ${name}`);
  });
  return server;
}

const app = express();
app.use(express.json());
// ok: cors-wildcard-credentials
app.use(cors({ origin: ["https://members.example-orchids.org"], credentials: true }));
app.use("/mcp", requireBearer);

app.post("/mcp", async (req, res) => {
  // ruleid: dns-rebinding-unprotected
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: false });
  await createServer().connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(8077, "127.0.0.1");
