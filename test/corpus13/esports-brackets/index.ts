import express from "express";
import cors from "cors";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { zodToJsonSchema } from "zod-to-json-schema";
import { BracketService } from "./bracket.js";
import { SeedArgs, StandingsArgs, ReportArgs, MatchArgs } from "./schemas.js";

const service = new BracketService();

const server = new Server({ name: "esports-brackets", version: "3.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "seed_bracket", description: "Seed a tournament bracket from team ratings.", inputSchema: zodToJsonSchema(SeedArgs) },
    { name: "standings", description: "Group-stage standings of a tournament.", inputSchema: zodToJsonSchema(StandingsArgs) },
    { name: "report_result", description: "Report the score of a finished match.", inputSchema: zodToJsonSchema(ReportArgs) },
    { name: "match", description: "One match with its maps and scores.", inputSchema: zodToJsonSchema(MatchArgs) },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  try {
    switch (request.params.name) {
      case "seed_bracket": {
        // ok: weak-input-schema
        const args = SeedArgs.parse(request.params.arguments);
        return text(await service.seed(args));
      }
      case "standings": {
        const args = StandingsArgs.parse(request.params.arguments);
        return text(await service.standings(args.tournament, args.group));
      }
      case "report_result": {
        const args = ReportArgs.parse(request.params.arguments);
        return text(await service.report(args));
      }
      case "match": {
        const { matchId } = MatchArgs.parse(request.params.arguments);
        return text(await service.match(matchId));
      }
      default:
        throw new Error(`unknown tool: ${request.params.name}`);
    }
  } catch (err: any) {
    // ruleid: error-detail-leak
    return { isError: true, content: [{ type: "text", text: `failed: ${err.stack}` }] };
  }
});

function text(value: unknown) {
  return { content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
}

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true }));
const transports = new Map<string, SSEServerTransport>();

app.get("/sse", async (_req, res) => {
  // ruleid: http-transport-without-auth
  const transport = new SSEServerTransport("/messages", res);
  transports.set(transport.sessionId, transport);
  res.on("close", () => transports.delete(transport.sessionId));
  await server.connect(transport);
});

app.post("/messages", async (req, res) => {
  const transport = transports.get(String(req.query.sessionId));
  if (!transport) return res.status(404).end();
  await transport.handlePostMessage(req, res);
});

// ruleid: bind-all-interfaces
app.listen(Number(process.env.PORT ?? 3100));
