import { FastMCP } from "fastmcp";
import { z } from "zod";
import { latestDraws, GAMES } from "./draws.js";
import { ticketsFor, winnersByGame, saveTicket, importTickets } from "./db.js";

const server = new FastMCP({ name: "lottery-checker", version: "0.4.0" });

server.addTool({
  name: "latest_draws",
  description: "Latest winning numbers for a game (NY open data).",
  parameters: z.object({ game: z.enum(GAMES), limit: z.number().int().min(1).max(20).default(5) }),
  execute: async ({ game, limit }) => JSON.stringify(await latestDraws(game, limit), null, 2),
});

server.addTool({
  name: "check_my_tickets",
  description: "Compare the saved tickets of a player against the latest draw.",
  parameters: z.object({ player: z.string().max(60), game: z.enum(GAMES) }),
  execute: async ({ player, game }) => {
    const [draw] = await latestDraws(game, 1);
    const winning = new Set(String(draw.winning_numbers).split(" "));
    const tickets = await ticketsFor(player, game);
    const lines = tickets.map((t) => {
      const hits = t.numbers.split(" ").filter((n) => winning.has(n)).length;
      return `${t.numbers} → ${hits} match(es)`;
    });
    return lines.join("\n") || "no tickets saved";
  },
});

server.addTool({
  name: "winners_report",
  description: "Players with at least N matches, grouped by game; optional SQL-style sort column.",
  parameters: z.object({ minMatches: z.number().int().min(1).max(6), orderBy: z.string().default("game") }),
  execute: async ({ minMatches, orderBy }) => JSON.stringify(await winnersByGame(minMatches, orderBy)),
});

server.addTool({
  name: "save_ticket",
  description: "Save a ticket for a player.",
  parameters: z.object({ player: z.string().max(60), game: z.enum(GAMES), numbers: z.string().regex(/^(\d{1,2} ){4,6}\d{1,2}$/) }),
  execute: async (args) => `saved ticket #${await saveTicket(args)}`,
});

server.addTool({
  name: "import_tickets",
  description: "Import tickets exported by the old desktop app (serialized blob).",
  parameters: z.object({ blob: z.string().max(100_000) }),
  execute: async ({ blob }) => `imported ${await importTickets(blob)} tickets`,
});

server.start({ transportType: "stdio" });
