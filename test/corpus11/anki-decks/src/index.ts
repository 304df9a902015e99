import { McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { collection, deckIdByName } from "./db/collection.js";
import { QueryBuilder } from "./db/query-builder.js";

const server = new McpServer({ name: "anki-decks", version: "0.2.0" });

server.tool(
  "find_cards",
  "Find cards in a deck whose question contains a phrase.",
  { deck: z.string(), phrase: z.string().max(200) },
  { readOnlyHint: true },
  async ({ deck, phrase }) => {
    const q = new QueryBuilder("cards JOIN notes ON notes.id = cards.nid", "cards.id, notes.flds")
      .where(`cards.did = (SELECT id FROM decks WHERE name = '${deck}')`)
      .where("cards.queue >= 0")
      .limit(50)
      .build();
    // ruleid: tool-input-to-sql
    const rows = (collection().prepare(q.sql).all(...q.params) as Array<{ id: number; flds: string }>).filter((r) => r.flds.includes(phrase));
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool(
  "due_cards",
  "Cards due for review today in one deck.",
  { deck: z.string().max(200) },
  async ({ deck }) => {
    const did = deckIdByName(deck);
    if (did === undefined) return { content: [{ type: "text", text: `no deck named ${deck}` }], isError: true };
    const q = new QueryBuilder("cards", "id, due, ivl").whereEq("did", did).whereEq("queue", 2).orderBy("due").limit(200).build();
    // ok: tool-input-to-sql
    const rows = collection().prepare(q.sql).all(...q.params);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  },
);

server.tool("deck_stats", async () => {
  const rows = collection().prepare("SELECT did, COUNT(*) AS cards FROM cards GROUP BY did").all();
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.resource(
  "note",
  new ResourceTemplate("anki://note/{noteId}", { list: undefined }),
  async (uri, { noteId }) => {
    // ruleid: tool-input-to-sql
    const note = collection().prepare(`SELECT id, flds, tags FROM notes WHERE id = ${noteId}`).get();
    return { contents: [{ uri: uri.href, mimeType: "application/json", text: JSON.stringify(note) }] };
  },
);

server.resource(
  "deck",
  new ResourceTemplate("anki://deck/{name}", { list: undefined }),
  async (uri, { name }) => {
    // ok: tool-input-to-sql
    const deck = collection().prepare("SELECT id, name, mtime FROM decks WHERE name = ?").get(String(name));
    return { contents: [{ uri: uri.href, text: JSON.stringify(deck) }] };
  },
);

server.prompt(
  "study_plan",
  "Draft a study plan for a deck.",
  { deck: z.string(), days: z.string().optional() },
  ({ deck, days }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Make a ${days ?? "7"}-day study plan for my Anki deck "${deck}".` } }],
  }),
);

await server.connect(new StdioServerTransport());
