import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { Deps } from "../index.js";

interface Card {
  id: string;
  name: string;
  idList: string;
  due: string | null;
}

const trelloId = z.string().regex(/^[a-f0-9]{24}$/, "a 24-character Trello id");

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

export function registerBoardTools(server: McpServer, deps: Deps) {
  server.tool("list_boards", async () => {
    const boards = await deps.trello.get<{ id: string; name: string }[]>("/members/me/boards", { fields: "name" });
    return text(boards.map((b) => `${b.id}  ${b.name}`).join("\n"));
  });

  server.tool(
    "list_cards",
    "List the open cards of a board",
    // ok: weak-input-schema
    { boardId: trelloId },
    async ({ boardId }) => {
      // ok: tool-input-to-url
      const cards = await deps.trello.get<Card[]>(`/boards/${boardId}/cards/open`);
      return text(cards.map((c) => `${c.id} ${c.name}${c.due ? ` (due ${c.due})` : ""}`).join("\n"));
    },
  );

  server.tool(
    "search_cards",
    "Full-text search over cards",
    { query: z.string().min(1).max(200), limit: z.number().int().min(1).max(50).default(10) },
    async ({ query, limit }) => {
      // ok: tool-input-to-url
      const found = await deps.trello.get<{ cards: Card[] }>("/search", { query, modelTypes: "cards", cards_limit: String(limit) });
      return text(found.cards.map((c) => `${c.id} ${c.name}`).join("\n") || "no cards");
    },
  );

  server.tool(
    "add_card",
    "Create a card in a list",
    { listId: trelloId, name: z.string().max(512), desc: z.string().max(16384).optional() },
    { destructiveHint: false },
    async ({ listId, name, desc }) => {
      const card = await deps.trello.post<Card>("/cards", { idList: listId, name, desc });
      return text(`created ${card.id}`);
    },
  );
}
