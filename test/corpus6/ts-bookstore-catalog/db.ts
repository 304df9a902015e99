import type { Database } from "better-sqlite3";

export const SORT_COLUMNS: Record<string, string> = {
  title: "title COLLATE NOCASE",
  author: "author COLLATE NOCASE, title",
  price: "price_cents",
  newest: "published_at DESC",
};

export interface BookRow {
  isbn: string;
  title: string;
  author: string;
}

function authorFilter(surname: string): string {
  return "author LIKE '%" + surname + "'";
}

export function searchByAuthor(db: Database, surname: string): BookRow[] {
  const where = authorFilter(surname.trim());
  // ruleid: tool-input-to-sql
  return db.prepare(`SELECT isbn, title, author FROM books WHERE ${where} ORDER BY published_at`).all() as BookRow[];
}
