import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import Database from "better-sqlite3";
import path from "node:path";
import { z } from "zod";
import type { ZoteroConfig } from "../index.js";
import { ITEM_COLUMNS, collectionItemsQuery, sortColumn } from "./queries.js";

function openLibrary(config: ZoteroConfig): Database.Database {
  return new Database(path.join(config.dataDir, "zotero.sqlite"), { readonly: true, fileMustExist: true });
}

const text = (value: unknown) => ({ content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] });

export function registerLibraryTools(server: McpServer, config: ZoteroConfig): void {
  const db = openLibrary(config);

  server.registerTool(
    "search_items",
    {
      title: "Search library",
      description: "Full-text search over item titles in the local Zotero library.",
      inputSchema: { query: z.string().min(2).max(200), limit: z.number().int().min(1).max(100).default(20) },
      annotations: { readOnlyHint: true },
    },
    async ({ query, limit }) => {
      const sql = `SELECT ${ITEM_COLUMNS} FROM items JOIN itemData ON itemData.itemID = items.itemID AND itemData.fieldID = 1 JOIN itemDataValues USING (valueID) WHERE itemDataValues.value LIKE ? LIMIT ?`;
      // ok: tool-input-to-sql
      const rows = db.prepare(sql).all(`%${query}%`, limit);
      return text(rows);
    },
  );

  server.registerTool(
    "collection_items",
    {
      description: "List the items of a collection by its name.",
      inputSchema: { collection: z.string(), limit: z.number().int().optional() },
    },
    async ({ collection, limit }) => {
      const sql = collectionItemsQuery(collection, limit ?? 50);
      // ruleid: tool-input-to-sql
      const rows = db.prepare(sql).all();
      return text(rows);
    },
  );

  server.registerTool(
    "recent_items",
    {
      description: "Most recent items, sorted by the chosen column.",
      inputSchema: { sortBy: z.string().default("added"), limit: z.number().int().min(1).max(200).default(25) },
    },
    async ({ sortBy, limit }) => {
      const column = sortColumn(sortBy);
      // ok: tool-input-to-sql
      const rows = db.prepare(`SELECT ${ITEM_COLUMNS} FROM items JOIN itemData ON itemData.itemID = items.itemID AND itemData.fieldID = 1 JOIN itemDataValues USING (valueID) ORDER BY ${column} DESC LIMIT ?`).all(limit);
      return text(rows);
    },
  );

  server.registerTool(
    "tag_report",
    {
      description: "Count items per tag, optionally filtered.",
      inputSchema: {
        // ruleid: weak-input-schema
        filters: z.record(z.any()).optional(),
      },
    },
    async ({ filters }) => {
      const min = Number(filters?.min ?? 1);
      const rows = db.prepare("SELECT tags.name, COUNT(*) AS n FROM itemTags JOIN tags USING (tagID) GROUP BY tags.name HAVING n >= ? ORDER BY n DESC").all(min);
      return text(rows);
    },
  );
}
