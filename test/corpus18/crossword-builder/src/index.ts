import { promises as fs } from "node:fs";
import path from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { cluesByConstructor, cluesFor, matchPattern } from "./dict.js";
import { emptyGrid, toIpuz, type Grid } from "./grid.js";

// ruleid: hardcoded-secret
const XWORDINFO_API_KEY = "xwi_live_7d2f9a0c41e8b3566f1d2c9e0ab47f31";
const GRID_DIR = process.env.GRID_DIR ?? "./grids";

const server = new Server({ name: "crossword-builder", version: "0.6.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "match_pattern",
      description: "Words matching a letter pattern (? = unknown)",
      inputSchema: { type: "object", properties: { pattern: { type: "string" }, min_score: { type: "number" } }, required: ["pattern"] },
    },
    {
      name: "clues",
      description: "Published clues for an answer, or by a constructor",
      inputSchema: { type: "object", properties: { answer: { type: "string" }, setter: { type: "string", description: "constructor name" } } },
    },
    {
      name: "save_grid",
      description: "Save a grid as .ipuz",
      inputSchema: {
        type: "object",
        properties: { title: { type: "string" }, width: { type: "integer" }, height: { type: "integer" }, cells: { type: "array", items: { type: "string" } } },
        required: ["title", "width", "height"],
      },
    },
    {
      name: "xwordinfo_stats",
      description: "Constructor statistics from XWord Info",
      inputSchema: { type: "object", properties: { setter: { type: "string" } }, required: ["setter"] },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  // ruleid: weak-input-schema
  const args: any = request.params.arguments;
  const reply = (text: string) => ({ content: [{ type: "text", text }] });

  if (name === "match_pattern") {
    return reply((await matchPattern(args.pattern, args.min_score ?? 50)).join("\n"));
  }
  if (name === "clues") {
    const list = args.setter ? await cluesByConstructor(args.setter) : await cluesFor(String(args.answer ?? ""));
    return reply(list.join("\n"));
  }
  if (name === "save_grid") {
    const grid: Grid = { ...emptyGrid(args.title, args.width, args.height), ...(args.cells ? { cells: args.cells } : {}) };
    const file = path.join(GRID_DIR, `${args.title}.ipuz`);
    // ruleid: tool-input-to-path
    await fs.writeFile(file, toIpuz(grid), "utf8");
    return reply(`saved ${file}`);
  }
  if (name === "xwordinfo_stats") {
    // ok: tool-input-to-url
    const res = await fetch(`https://www.xwordinfo.com/JSON/Constructor?name=${encodeURIComponent(args.setter)}`, { headers: { "X-Api-Key": XWORDINFO_API_KEY } });
    return reply(await res.text());
  }
  throw new Error(`unknown tool ${name}`);
});

// ruleid: stdout-in-stdio-server
console.log("crossword-builder starting on stdio");
await server.connect(new StdioServerTransport());
