import express, { type NextFunction, type Request, type Response } from "express";
import cors from "cors";
import { timingSafeEqual } from "node:crypto";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";
import { BerthService } from "./services/berthService.js";
import { fetchChartNotice, tidePredictions } from "./services/weather.js";

class MarinaTools {
  constructor(private service: BerthService) {}

  register(server: McpServer) {
    server.tool("available_berths", "Free berths for a boat of a given length", { minLength: z.number().positive(), pontoon: z.string().max(4).optional() }, async (args) => {
      const rows = await this.service.available(args.minLength, args.pontoon);
      return { content: [{ type: "text", text: rows.map((b) => `${b.pontoon}${b.id} (${b.length_m} m)`).join("\n") || "none free" }] };
    });
    server.tool("assign_berth", "Assign a berth to a visiting boat", { berthId: z.number().int(), boatName: z.string().max(60), nights: z.number().int().min(1).max(60) }, async (args) => {
      await this.service.assign(args);
      return { content: [{ type: "text", text: `berth ${args.berthId} assigned to ${args.boatName}` }] };
    });
    server.tool("release_berth", "Release a berth", { berthId: z.number().int() }, { destructiveHint: true }, async ({ berthId }) => {
      const n = await this.service.release(berthId);
      return { content: [{ type: "text", text: n ? "released" : "no such berth" }] };
    });
    server.tool("tides", "Tide predictions for a NOAA station", { station: z.string().regex(/^[0-9]{7}$/), date: z.string().regex(/^[0-9]{8}$/) }, async ({ station, date }) => ({
      content: [{ type: "text", text: await tidePredictions(station, date) }],
    }));
    server.tool("chart_notice", "Read a Local Notice to Mariners", { url: z.string().url() }, async ({ url }) => ({
      content: [{ type: "text", text: await fetchChartNotice(url) }],
    }));
  }
}

const TOKEN = process.env.MARINA_MCP_TOKEN;
if (!TOKEN) throw new Error("MARINA_MCP_TOKEN is required");

function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const given = Buffer.from(header.replace(/^Bearer /, ""));
  const expected = Buffer.from(TOKEN!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}

const app = express();
// ruleid: cors-wildcard-credentials
app.use(cors({ origin: "*", credentials: true, exposedHeaders: ["Mcp-Session-Id"] }));
app.use(express.json());
app.use("/mcp", requireBearer);

const tools = new MarinaTools(new BerthService());

app.post("/mcp", async (req, res) => {
  const server = new McpServer({ name: "marina-berths", version: "1.1.0" });
  tools.register(server);
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    // ok: dns-rebinding-unprotected
    enableDnsRebindingProtection: true,
    allowedHosts: ["127.0.0.1:8787", "localhost:8787", "marina-mcp.harbour.lan"],
  });
  res.on("close", () => {
    transport.close();
    server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

// ok: bind-all-interfaces
app.listen(8787, "127.0.0.1", () => console.log("marina-berths MCP on http://127.0.0.1:8787/mcp"));
