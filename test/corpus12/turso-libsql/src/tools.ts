import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Client } from "@libsql/client";
import { z } from "zod";
import { rowsResult, withErrorHandling } from "./errors.js";

const TABLE = z.enum(["notes", "bookmarks", "tags"]);

export function registerTools(server: McpServer, db: Client) {
  server.tool(
    "list_tables",
    "List the tables of the database",
    withErrorHandling(async () => {
      const rs = await db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
      return rowsResult(rs.rows);
    }),
  );

  server.tool(
    "query_table",
    "Select rows from a table with a WHERE clause",
    { table: z.string(), where: z.string().default("1=1"), limit: z.number().int().max(1000).default(100) },
    withErrorHandling(async ({ table, where, limit }) => {
      // ruleid: tool-input-to-sql
      const rs = await db.execute(`SELECT * FROM ${table} WHERE ${where} LIMIT ${limit}`);
      return rowsResult(rs.rows);
    }),
  );

  server.tool(
    "get_row",
    "Fetch one row by id",
    { table: TABLE, id: z.number().int() },
    withErrorHandling(async ({ table, id }) => {
      // ok: tool-input-to-sql
      const rs = await db.execute({ sql: `SELECT * FROM ${table} WHERE id = ?`, args: [id] });
      return rowsResult(rs.rows);
    }),
  );

  server.tool(
    "add_note",
    "Insert a note",
    { title: z.string().max(200), body: z.string().max(20000), tags: z.array(z.string().max(40)).max(10).default([]) },
    withErrorHandling(async ({ title, body, tags }) => {
      // ok: tool-input-to-sql
      const rs = await db.execute({ sql: "INSERT INTO notes (title, body) VALUES (:title, :body) RETURNING id", args: { title, body } });
      const noteId = Number(rs.rows[0].id);
      await db.batch(tags.map((t) => ({ sql: "INSERT INTO tags (note_id, name) VALUES (?, ?)", args: [noteId, t] })), "write");
      return rowsResult([{ id: noteId }]);
    }),
  );
}
