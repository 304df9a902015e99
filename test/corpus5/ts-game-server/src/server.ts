// Game-server admin tools (Minecraft) served with fastmcp over HTTP streaming.
import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import jwt from "jsonwebtoken";
import { consoleCommand, whitelistAdd, score, type PlayerStats } from "./rcon.js";

interface Session {
  sub: string;
  role: "admin" | "moderator";
  [key: string]: unknown;
}

const server = new FastMCP<Session>({
  name: "game-server-admin",
  version: "1.3.0",
  authenticate: async (request) => {
    const header = request.headers["authorization"];
    const token = typeof header === "string" && header.startsWith("Bearer ") ? header.slice(7) : undefined;
    if (!token) throw new Response(null, { status: 401, statusText: "missing token" });
    // ruleid: jwt-verification-disabled
    const claims = jwt.decode(token) as { sub?: string; role?: string } | null;
    if (!claims?.sub || (claims.role !== "admin" && claims.role !== "moderator")) {
      throw new Response(null, { status: 403 });
    }
    return { sub: claims.sub, role: claims.role };
  },
});

const stats = new Map<string, PlayerStats>();

server.addTool({
  name: "server_command",
  description: "Run a console command on the game server (e.g. 'say hello', 'time set day').",
  parameters: z.object({ command: z.string().max(256) }),
  annotations: { destructiveHint: true, openWorldHint: false },
  execute: async ({ command }, { session, log }) => {
    if (session?.role !== "admin") throw new UserError("admins only");
    log.info("console command", { by: session.sub });
    return consoleCommand(command);
  },
});

server.addTool({
  name: "whitelist_player",
  description: "Add a player to the whitelist.",
  parameters: z.object({ player: z.string().regex(/^[A-Za-z0-9_]{3,16}$/) }),
  execute: async ({ player }) => whitelistAdd(player),
});

server.addTool({
  name: "leaderboard",
  description: "Rank online players with a scoring formula.",
  parameters: z.object({
    formula: z.string().default("kills * 2 - deaths"),
    top: z.number().int().min(1).max(25).default(10),
  }),
  annotations: { readOnlyHint: true },
  execute: async ({ formula, top }) => {
    const ranked = [...stats.entries()]
      .map(([name, s]) => ({ name, points: score(s, formula) }))
      .sort((a, b) => b.points - a.points)
      .slice(0, top);
    return ranked.map((r, i) => `${i + 1}. ${r.name} — ${r.points.toFixed(1)}`).join("\n");
  },
});

server.on("connect", (event) => {
  console.error("client connected", event.session.clientCapabilities ? "with caps" : "");
});

server.start({
  transportType: "httpStream",
  httpStream: {
    port: Number(process.env.PORT ?? 8087),
    // ruleid: bind-all-interfaces
    host: "0.0.0.0",
  },
});
