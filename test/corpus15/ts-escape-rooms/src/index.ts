import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { createDeps } from "./deps.js";
import { makeHandlers, withErrorHandling } from "./handlers.js";

const deps = createDeps();
const h = makeHandlers(deps);
const server = new McpServer({ name: "escape-rooms", version: "0.6.1" });

server.resource(
  "room-puzzles",
  new ResourceTemplate("room://{roomId}/puzzles", { list: undefined }),
  async (uri, { roomId }) => {
    const puzzles = await deps.store.readPuzzles(String(roomId));
    return { contents: [{ uri: uri.href, text: puzzles.map((p) => `${p.id}: ${p.title} (${p.hints.length} hints)`).join("\n") }] };
  },
);

server.prompt(
  "hint",
  "Write an in-character hint for a team that is stuck",
  { room: z.string(), puzzle: z.string(), level: z.enum(["gentle", "strong"]) },
  ({ room, puzzle, level }) => ({
    messages: [{ role: "user", content: { type: "text", text: `You are the game master of "${room}". Give a ${level} hint for puzzle "${puzzle}" without revealing the answer.` } }],
  }),
);

server.tool(
  "start_timer",
  "Start the countdown in a room",
  { room: z.string().optional(), minutes: z.number().int().min(5).max(120).optional(), sound: z.enum(["buzzer", "chime"]).optional() },
  withErrorHandling(h.startTimer),
);

server.tool("unlock_door", "Release the maglock of a door", { doorId: z.string() }, { destructiveHint: false }, withErrorHandling(h.unlockDoor));

server.tool("announce", "Play a text-to-speech announcement in a room", { room: z.string(), message: z.string().max(300) }, withErrorHandling(h.announce));

server.tool(
  "check_answer",
  "Check a team's answer to a puzzle",
  { room: z.string().regex(/^[a-z0-9-]+$/), puzzleId: z.string(), answer: z.string().max(200) },
  withErrorHandling(h.checkAnswer),
);

await server.connect(new StdioServerTransport());
