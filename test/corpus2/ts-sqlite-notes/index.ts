import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import Database from "better-sqlite3";

const db = new Database(process.env.NOTES_DB ?? "notes.db");
db.exec("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT, tag TEXT, created TEXT)");

const server = new Server({ name: "sqlite-notes", version: "0.2.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "add_note",
      description: "Add a note.",
      inputSchema: {
        type: "object",
        properties: { title: { type: "string", maxLength: 200 }, body: { type: "string" }, tag: { type: "string" } },
        required: ["title", "body"],
      },
    },
    {
      name: "search_notes",
      description: "Full-text-ish search over note titles.",
      inputSchema: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
    },
    {
      name: "notes_by_tag",
      description: "List notes with a tag, ordered by a column.",
      inputSchema: {
        type: "object",
        properties: { tag: { type: "string" }, orderBy: { type: "string" } },
      },
    },
    {
      name: "export_columns",
      description: "Export chosen columns of all notes.",
      inputSchema: { type: "object", properties: { columns: { type: "array", items: { type: "string" } } } },
    },
    {
      name: "delete_note",
      description: "Delete a note by id.",
      inputSchema: { type: "object", properties: { id: { type: "integer" } }, required: ["id"] },
    },
    {
      name: "bulk_import",
      description: "Import notes from an options object.",
      // ruleid: weak-input-schema
      inputSchema: { type: "object" },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name } = request.params;
  const args = (request.params.arguments ?? {}) as Record<string, any>;

  switch (name) {
    case "add_note": {
      const stmt = db.prepare("INSERT INTO notes (title, body, tag, created) VALUES (?, ?, ?, datetime('now'))");
      // ok: tool-input-to-sql
      const info = stmt.run(args.title, args.body, args.tag ?? null);
      return { content: [{ type: "text", text: `note ${info.lastInsertRowid} added` }] };
    }
    case "search_notes": {
      const q = String(args.query);
      // ruleid: tool-input-to-sql
      const rows = db.prepare(`SELECT id, title FROM notes WHERE title LIKE '%${q}%' LIMIT 50`).all();
      return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
    }
    case "notes_by_tag": {
      const tag = args.tag as string;
      const order = args.orderBy || "created";
      const sql = "SELECT id, title, created FROM notes WHERE tag = ? ORDER BY " + order;
      // ruleid: tool-input-to-sql
      const rows = db.prepare(sql).all(tag);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "export_columns": {
      const cols: string[] = Array.isArray(args.columns) ? args.columns : ["id", "title"];
      // ruleid: tool-input-to-sql
      const rows = db.prepare(`SELECT ${cols.join(", ")} FROM notes`).all();
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "delete_note": {
      const id = Number(args.id);
      // ok: tool-input-to-sql
      db.prepare("DELETE FROM notes WHERE id = ?").run(id);
      return { content: [{ type: "text", text: `deleted ${id}` }] };
    }
    case "bulk_import": {
      const notes = Array.isArray(args.notes) ? args.notes : [];
      const insert = db.prepare("INSERT INTO notes (title, body, tag, created) VALUES (@title, @body, @tag, datetime('now'))");
      const tx = db.transaction((items: any[]) => {
        // ok: tool-input-to-sql
        for (const n of items) insert.run({ title: n.title, body: n.body, tag: n.tag ?? null });
      });
      tx(notes);
      return { content: [{ type: "text", text: `imported ${notes.length}` }] };
    }
    default:
      // ruleid: stdout-in-stdio-server
      console.log("unknown tool requested:", name);
      throw new Error(`Unknown tool: ${name}`);
  }
});

const transport = new StdioServerTransport();
await server.connect(transport);
// ok: stdout-in-stdio-server
console.error("sqlite-notes running");
