import { readFileSync } from "node:fs";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { CheckAnswer, NormaliseAnswer, TestMetaRule } from "./tools/answers.mjs";
import { Leaderboard, RegisterTeam, RotateTeamToken } from "./tools/teams.mjs";

const hunt = JSON.parse(readFileSync(process.env.HUNT_FILE ?? "./hunt.json", "utf8"));
const ctx = { puzzles: new Map(hunt.puzzles.map((p) => [p.id, p])), teams: new Map() };

const tools = [CheckAnswer, NormaliseAnswer, TestMetaRule, RegisterTeam, RotateTeamToken, Leaderboard].map((T) => new T(ctx));

const server = new Server({ name: "puzzle-hunt", version: "2025.1.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: tools.map((t) => t.definition()) }));

server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
  const tool = tools.find((t) => t.name === params.name);
  if (!tool) return { isError: true, content: [{ type: "text", text: `no tool ${params.name}` }] };
  const text = await tool.execute(params.arguments ?? {});
  return { content: [{ type: "text", text: String(text) }] };
});

await server.connect(new StdioServerTransport());
