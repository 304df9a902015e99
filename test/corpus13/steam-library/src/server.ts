import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { ownedGames, storePage, achievements } from "./steam.js";
import { cacheDir } from "./cache.js";

const server = new McpServer({ name: "steam-library", version: "1.0.3" });

server.tool("owned_games", async () => {
  const games = await ownedGames();
  const top = games.sort((a, b) => b.playtime_forever - a.playtime_forever).slice(0, 25);
  return { content: [{ type: "text", text: top.map((g) => `${g.name}: ${Math.round(g.playtime_forever / 60)} h`).join("\n") }] };
});

server.tool(
  "achievements",
  "Achievements unlocked for one game.",
  { appId: z.number().int().positive() },
  async ({ appId }) => ({ content: [{ type: "text", text: JSON.stringify(await achievements(appId)) }] }),
);

server.tool(
  "store_page",
  "Fetch a Steam store page (or a mirror of it) and return its description.",
  { url: z.string().url() },
  async ({ url }) => ({ content: [{ type: "text", text: await storePage(url) }] }),
);

server.resource(
  "screenshot-meta",
  new ResourceTemplate("steam://screenshots/{file}", { list: undefined }),
  async (uri, { file }) => {
    const name = path.basename(String(file));
    // ok: tool-input-to-path
    const meta = await readFile(path.join(cacheDir(), "screenshots", `${name}.json`), "utf8");
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: meta }] };
  },
);

server.prompt(
  "backlog_pick",
  "Suggest what to play next from the unplayed backlog.",
  { mood: z.string().max(80) },
  ({ mood }) => ({
    messages: [{ role: "user", content: { type: "text", text: `From my Steam backlog, pick three games that fit this mood: ${mood}.` } }],
  }),
);

const transport = new StdioServerTransport();
await server.connect(transport);
// ruleid: stdout-in-stdio-server
console.log("steam-library MCP server started");
