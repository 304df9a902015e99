import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import Database from "better-sqlite3";
import { z } from "zod";
import { searchByAuthor, SORT_COLUMNS } from "./db.js";

const db = new Database(process.env.BOOKSTORE_DB ?? "./bookstore.sqlite", { readonly: true });

const server = new McpServer({ name: "bookstore-catalog", version: "0.4.1" });

function asText(value: unknown) {
  return { content: [{ type: "text" as const, text: JSON.stringify(value, null, 2) }] };
}

// server.tool(name, shape, handler)
server.tool("find_by_isbn", { isbn: z.string().min(10).max(17) }, async ({ isbn }) => {
  const clean = isbn.replace(/-/g, "");
  // ok: tool-input-to-sql
  const row = db.prepare("SELECT isbn, title, author, price_cents, stock FROM books WHERE isbn = ?").get(clean);
  return row ? asText(row) : { content: [{ type: "text", text: `No book with ISBN ${isbn}` }], isError: true };
});

// server.tool(name, description, shape, handler)
server.tool(
  "search_titles",
  "Full-text-ish search over book titles. Returns at most 25 books.",
  { q: z.string().max(200), inStockOnly: z.boolean().default(false) },
  async ({ q, inStockOnly }) => {
    const stockClause = inStockOnly ? " AND stock > 0" : "";
    const sql = `SELECT isbn, title, author FROM books WHERE title LIKE '%${q}%'${stockClause} LIMIT 25`;
    // ruleid: tool-input-to-sql
    const rows = db.prepare(sql).all();
    return asText(rows);
  },
);

server.tool(
  "list_books",
  "Lists books ordered by one of: title, author, price, newest.",
  {
    orderBy: z.enum(["title", "author", "price", "newest"]),
    limit: z.number().int().min(1).max(100).default(20),
  },
  async ({ orderBy, limit }) => {
    const column = SORT_COLUMNS[orderBy];
    // ok: tool-input-to-sql
    const rows = db.prepare(`SELECT isbn, title, author, price_cents FROM books ORDER BY ${column} LIMIT ?`).all(limit);
    return asText(rows);
  },
);

server.tool(
  "books_by_author",
  "Books written by an author (surname match).",
  { surname: z.string().min(1).max(80) },
  async ({ surname }) => asText(searchByAuthor(db, surname)),
);

server.tool(
  "bulk_price_check",
  "Checks a list of prices against filters supplied by the caller.",
  // ruleid: weak-input-schema
  { filters: z.record(z.any()) },
  async ({ filters }) => {
    const max = Number(filters.maxPriceCents ?? 5000);
    const rows = db.prepare("SELECT isbn, title, price_cents FROM books WHERE price_cents <= ?").all(max);
    return asText(rows);
  },
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log("bookstore-catalog ready on stdio");
}

main().catch((err) => {
  console.error("fatal", err);
  process.exit(1);
});
