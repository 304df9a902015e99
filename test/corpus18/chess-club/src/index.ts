import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { deleteGame, gamePgnPath, gameStats, getMember, searchMembers } from "./db.js";
import { annotateGame, exportGames } from "./pgn.js";

const server = new McpServer({ name: "chess-club", version: "1.0.3" });

const json = (v: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(v, null, 2) }] });

server.tool("member", { member_id: z.number().int().positive() }, async ({ member_id }) => json(getMember(member_id) ?? null));

server.tool(
  "search_members",
  "Find club members by (part of) their name",
  { name: z.string().min(2), order: z.enum(["rating", "name"]).default("rating") },
  async ({ name, order }) => json(searchMembers(name, order)),
);

server.tool(
  "export_games",
  "Export a player's games from the club archive as PGN",
  { player: z.string().describe("Surname, Firstname as in the PGN tags"), event: z.string().optional() },
  async ({ player, event }) => ({ content: [{ type: "text", text: await exportGames(player, event) }] }),
);

server.tool(
  "annotate_game",
  "Add FEN comments and ply counts to an archived game",
  { game_id: z.number().int().positive(), depth: z.number().int().min(1).max(30).default(12) },
  async ({ game_id, depth }) => ({ content: [{ type: "text", text: await annotateGame(gamePgnPath(game_id), depth) }] }),
);

server.tool(
  "game_stats",
  "Result, opening and length of an archived game",
  { game_id: z.number().int().positive() },
  // ok: annotation-mismatch
  { readOnlyHint: true, openWorldHint: false },
  async ({ game_id }) => json(gameStats(game_id) ?? null),
);

server.tool(
  "remove_game",
  "Remove a game from the club archive",
  { game_id: z.number().int().positive() },
  // ruleid: annotation-mismatch
  { readOnlyHint: true },
  async ({ game_id }) => json({ removed: deleteGame(game_id) }),
);

await server.connect(new StdioServerTransport());
