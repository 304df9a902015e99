import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { MatrixService } from "./matrix.js";
import { renderTemplate, applyFilter } from "./templating.js";

const matrix = new MatrixService(process.env.MATRIX_HOMESERVER ?? "https://matrix.example.org", process.env.MATRIX_ACCESS_TOKEN ?? "");
const server = new McpServer({ name: "matrix-room-bot", version: "0.2.4" });

server.tool(
  "send_message",
  "Post a message to a room the bot has joined",
  { roomId: z.string().regex(/^![A-Za-z0-9]+:[a-z0-9.-]+$/), body: z.string().max(4000) },
  async ({ roomId, body }) => {
    const eventId = await matrix.send(roomId, body);
    return { content: [{ type: "text", text: eventId }] };
  },
);

server.tool(
  "send_templated",
  "Post a message rendered from a template with ${placeholders}",
  { roomId: z.string(), template: z.string().max(2000), vars: z.record(z.string(), z.string()) },
  async ({ roomId, template, vars }) => {
    const body = renderTemplate(template, vars);
    return { content: [{ type: "text", text: await matrix.send(roomId, body) }] };
  },
);

server.tool(
  "filter_timeline",
  "Fetch recent room events and keep the ones matching a JS predicate over `ev`",
  { roomId: z.string(), predicate: z.string().max(300) },
  async ({ roomId, predicate }) => {
    const events = await matrix.timeline(roomId, 100);
    const kept = applyFilter(events, predicate);
    return { content: [{ type: "text", text: JSON.stringify(kept) }] };
  },
);

server.tool(
  "resolve_alias",
  "Resolve a room alias on a remote homeserver",
  { alias: z.string(), homeserver: z.string() },
  async ({ alias, homeserver }) => {
    const info = await matrix.resolveAlias(alias, homeserver);
    return { content: [{ type: "text", text: JSON.stringify(info) }] };
  },
);

await server.connect(new StdioServerTransport());
