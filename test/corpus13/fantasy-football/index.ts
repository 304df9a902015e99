import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { randomUUID } from "node:crypto";
import { leagueRosters, playerStats, postWebhook } from "./sleeper.js";
import { scoreWeek, parseScoringSettings, DEFAULT_SCORING } from "./scoring.js";

const server = new McpServer({ name: "fantasy-football", version: "0.6.0" });
const invites = new Map<string, string>();

server.tool("scoring_defaults", async () => ({
  content: [{ type: "text", text: JSON.stringify(DEFAULT_SCORING, null, 2) }],
}));

server.tool("rosters", "Rosters of a Sleeper league.", { leagueId: z.string().max(30) }, async ({ leagueId }) => ({
  content: [{ type: "text", text: JSON.stringify(await leagueRosters(leagueId)) }],
}));

server.tool(
  "project_points",
  "Fantasy points for a player's week under the league's scoring, with an optional bonus formula.",
  {
    playerId: z.string().max(20),
    week: z.number().int().min(1).max(18),
    settingsJson: z.string().max(5000).optional(),
    bonusFormula: z.string().max(300).optional(),
  },
  { readOnlyHint: true },
  async ({ playerId, week, settingsJson, bonusFormula }) => {
    const stats = await playerStats(playerId, week);
    const scoring = settingsJson ? parseScoringSettings(settingsJson) : DEFAULT_SCORING;
    const points = scoreWeek(stats, scoring, bonusFormula);
    return { content: [{ type: "text", text: `${playerId} week ${week}: ${points.toFixed(2)} pts` }] };
  },
);

server.tool(
  "create_invite",
  "Create an invite code for a new league member.",
  { email: z.string().email() },
  async ({ email }) => {
    // ruleid: insecure-randomness
    const code = Math.random().toString(36).slice(2, 10);
    invites.set(code, email);
    return { content: [{ type: "text", text: `invite code for ${email}: ${code}` }] };
  },
);

server.tool(
  "create_trade_session",
  "Open a trade negotiation session between two managers.",
  { managerA: z.string().max(40), managerB: z.string().max(40) },
  async ({ managerA, managerB }) => {
    // ok: insecure-randomness
    const sessionId = randomUUID();
    return { content: [{ type: "text", text: `trade session ${sessionId} for ${managerA} and ${managerB}` }] };
  },
);

server.tool(
  "notify_league",
  "Post a message to the league's chat webhook.",
  { webhookUrl: z.string().url(), message: z.string().max(1000) },
  async ({ webhookUrl, message }) => {
    const status = await postWebhook(webhookUrl, { text: message });
    return { content: [{ type: "text", text: `webhook answered ${status}` }] };
  },
);

await server.connect(new StdioServerTransport());
