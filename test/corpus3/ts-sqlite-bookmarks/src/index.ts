#!/usr/bin/env node
// bookmarks: a low-level MCP server over a SQLite bookmark store (stdio).
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import Database from "better-sqlite3";
import { z } from "zod";

const db = new Database(process.env.BOOKMARKS_DB ?? `${process.env.HOME}/.bookmarks.sqlite`);
db.exec("CREATE TABLE IF NOT EXISTS bookmarks (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, tags TEXT, share TEXT)");

const AddArgs = z.object({ url: z.string().url(), tags: z.array(z.string().max(30)).max(10).default([]) });

const server = new Server({ name: "bookmarks", version: "0.4.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    {
      name: "add_bookmark",
      description: "Save a URL; the page title is fetched automatically.",
      inputSchema: { type: "object", properties: { url: { type: "string", format: "uri" }, tags: { type: "array", items: { type: "string" } } }, required: ["url"] },
    },
    {
      name: "find",
      description: "Find bookmarks by tag or words in the title.",
      inputSchema: { type: "object", properties: { tag: { type: "string" }, words: { type: "string" } } },
      annotations: { readOnlyHint: true },
    },
    {
      name: "share",
      description: "Create a public share link for a bookmark.",
      inputSchema: { type: "object", properties: { id: { type: "integer" } }, required: ["id"] },
    },
    {
      name: "delete_by_tag",
      description: "Remove every bookmark carrying a tag.",
      inputSchema: { type: "object", properties: { tag: { type: "string" } }, required: ["tag"] },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async ({ params }) => {
  const text = (t: string) => ({ content: [{ type: "text", text: t }] });
  switch (params.name) {
    case "add_bookmark": {
      // ok: weak-input-schema
      const { url, tags } = AddArgs.parse(params.arguments);
      // ruleid: tool-input-to-url
      const html = await fetch(url, { redirect: "follow" }).then((r) => r.text());
      const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? url;
      // ok: tool-input-to-sql
      db.prepare("INSERT OR REPLACE INTO bookmarks (url, title, tags) VALUES (?, ?, ?)").run(url, title, tags.join(","));
      return text(`saved “${title}”`);
    }
    case "find": {
      // ruleid: weak-input-schema
      const { tag, words } = params.arguments as { tag?: string; words?: string };
      let sql = "SELECT id, url, title FROM bookmarks WHERE 1 = 1";
      if (tag) sql += ` AND (',' || tags || ',') LIKE '%,${tag},%'`;
      if (words) sql += ` AND title LIKE '%${words}%'`;
      // ruleid: tool-input-to-sql
      const rows = db.prepare(sql).all();
      return text(JSON.stringify(rows, null, 2));
    }
    case "share": {
      const id = Number(params.arguments?.id);
      // ruleid: insecure-randomness
      const share = Array.from({ length: 12 }, () => "abcdefghijkmnpqrstuvwxyz23456789"[Math.floor(Math.random() * 32)]).join("");
      db.prepare("UPDATE bookmarks SET share = ? WHERE id = ?").run(share, id);
      return text(`https://links.example.com/s/${share}`);
    }
    case "delete_by_tag": {
      const tag = String(params.arguments?.tag ?? "");
      // ok: tool-input-to-sql
      const info = db.prepare("DELETE FROM bookmarks WHERE (',' || tags || ',') LIKE '%,' || ? || ',%'").run(tag);
      return text(`deleted ${info.changes}`);
    }
    default:
      return { isError: true, content: [{ type: "text", text: `unknown tool ${params.name}` }] };
  }
});

await server.connect(new StdioServerTransport());
// ruleid: stdout-in-stdio-server
console.log("bookmarks server ready");
