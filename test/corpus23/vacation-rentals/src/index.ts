import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import express, { type Request, type Response, type NextFunction } from "express";
import { z } from "zod";
import { listingUrl, icalFeed, fetchText } from "./channels.js";

// ruleid: hardcoded-secret
const CHANNEL_MANAGER_KEY = "cmk_live_8f2a91c4d07e4b6fa1e2b3c4d5e6f708";
const API_TOKEN = process.env.RENTALS_MCP_TOKEN;

const server = new McpServer({ name: "vacation-rentals", version: "1.0.3" });

server.registerResource(
  "listing",
  new ResourceTemplate("rental://{propertyId}/listing", { list: undefined }),
  { title: "Listing", description: "Public listing text of a property" },
  async (uri, { propertyId }) => {
    const text = await fetchText(listingUrl(String(propertyId)), CHANNEL_MANAGER_KEY);
    return { contents: [{ uri: uri.href, text }] };
  },
);

server.registerTool(
  "import_calendar",
  {
    title: "Import iCal",
    description: "Import blocked dates from an external iCal feed (Airbnb, VRBO export link)",
    inputSchema: { icalUrl: z.string().url(), propertyId: z.string() },
  },
  async ({ icalUrl, propertyId }) => {
    const events = await icalFeed(icalUrl);
    return { content: [{ type: "text", text: `${events.length} blocked ranges imported for ${propertyId}` }] };
  },
);

server.registerTool(
  "cleaning_checklist",
  {
    description: "Turnover cleaning checklist for a property size",
    inputSchema: { bedrooms: z.number().int().min(0).max(10) },
    annotations: { readOnlyHint: true },
  },
  async ({ bedrooms }) => {
    const items = ["strip beds", "restock coffee", "check hot tub", ...Array.from({ length: bedrooms }, (_, i) => `bedroom ${i + 1}`)];
    return { content: [{ type: "text", text: items.join("\n") }] };
  },
);

server.registerPrompt(
  "guest_welcome",
  { description: "Draft a welcome message", argsSchema: { guestName: z.string(), property: z.string() } },
  ({ guestName, property }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Write a short warm welcome for ${guestName} arriving at ${property}.` } }],
  }),
);

function requireBearer(req: Request, res: Response, next: NextFunction) {
  if (!API_TOKEN || req.headers.authorization !== `Bearer ${API_TOKEN}`) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}

const app = express();
app.use(express.json());
app.post("/mcp", requireBearer, async (req, res) => {
  // ok: http-transport-without-auth
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableDnsRebindingProtection: true, allowedHosts: ["127.0.0.1:3310", "localhost:3310"] });
  res.on("close", () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3310, "127.0.0.1");
