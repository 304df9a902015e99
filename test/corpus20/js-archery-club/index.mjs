import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import got from "got";
import { scoreEnd, handicapFor } from "./scoring.mjs";

const server = new McpServer({ name: "archery-club", version: "0.6.0" });
const ARCHERY_GB = "https://api.archerygb.example/v1";

server.tool("score_end", "Total an end of arrows, e.g. 'X,10,9,9,8,M'", { arrows: z.string().max(60) }, async ({ arrows }) => ({
  content: [{ type: "text", text: String(scoreEnd(arrows)) }],
}));

server.tool(
  "handicap",
  "Compute the handicap for a round score",
  { round: z.enum(["portsmouth", "wa720", "york", "bray1"]), score: z.number().int().min(0).max(1440) },
  async ({ round, score }) => ({ content: [{ type: "text", text: String(handicapFor(round, score)) }] }),
);

server.tool(
  "member_classification",
  "Fetch a member's classification from the national body",
  { memberNo: z.string().regex(/^[0-9]{7}$/) },
  async ({ memberNo }) => {
    // ok: tool-input-to-url
    const data = await got(`${ARCHERY_GB}/members/${encodeURIComponent(memberNo)}/classification`).json();
    return { content: [{ type: "text", text: JSON.stringify(data) }] };
  },
);

server.tool(
  "import_tournament",
  "Import results from a club's Ianseo export URL",
  { exportUrl: z.string() },
  async ({ exportUrl }) => {
    const { origin, pathname } = new URL(exportUrl);
    // ruleid: tool-input-to-url
    const body = await got(origin + pathname, { timeout: { request: 10000 } }).text();
    return { content: [{ type: "text", text: `${body.split("\n").length} result rows` }] };
  },
);

await server.connect(new StdioServerTransport());
