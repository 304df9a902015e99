import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Deps } from "../index.js";
import { safePath } from "../util/paths.js";

const ExportShape = {
  boardId: z.string().regex(/^[a-f0-9]{24}$/),
  fileName: z.string().max(128),
};

const ChecklistShape = {
  cardId: z.string().regex(/^[a-f0-9]{24}$/),
  itemsJson: z.string().max(20000),
  // ruleid: weak-input-schema
  extra: z.record(z.any()).optional(),
};

export function registerExportTools(server: McpServer, deps: Deps) {
  server.tool("export_board", "Export a board's cards as JSON into the export folder", ExportShape, async ({ boardId, fileName }) => {
    const cards = await deps.trello.get<unknown[]>(`/boards/${boardId}/cards`);
    await mkdir(deps.exportDir, { recursive: true });
    const target = safePath(deps.exportDir, fileName);
    // ok: tool-input-to-path
    await writeFile(target, JSON.stringify(cards, null, 2));
    return { content: [{ type: "text", text: `wrote ${cards.length} cards to ${target}` }] };
  });

  server.tool("read_cached_board", { name: z.string() }, async ({ name }) => {
    // ruleid: tool-input-to-path
    const raw = await readFile(path.join(deps.cacheDir, name), "utf8");
    return { content: [{ type: "text", text: raw }] };
  });

  server.tool("import_checklist", "Create checklist items on a card from a JSON array", ChecklistShape, async ({ cardId, itemsJson, extra }) => {
    // ok: unsafe-deserialization
    const items = JSON.parse(itemsJson) as string[];
    const checklist = await deps.trello.post<{ id: string }>("/checklists", { idCard: cardId, name: "Imported", ...extra });
    await Promise.all(items.map((name) => deps.trello.post(`/checklists/${checklist.id}/checkItems`, { name })));
    return { content: [{ type: "text", text: `added ${items.length} items` }] };
  });
}
