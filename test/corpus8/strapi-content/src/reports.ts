import knex from "knex";

const db = knex({ client: "pg", connection: process.env.STRAPI_DB_URL });

const TYPES = ["articles", "authors", "categories", "pages"];

export async function entryCounts() {
  const out: Record<string, number> = {};
  for (const t of TYPES) {
    const [{ count }] = await db(t).count({ count: "*" });
    out[t] = Number(count);
  }
  return out;
}

export async function searchDrafts(title: string, locale: string) {
  const pattern = `%${title}%`;
  // ruleid: tool-input-to-sql
  const res = await db.raw(`SELECT id, title, updated_at FROM articles WHERE published_at IS NULL AND locale = '${locale}' AND title ILIKE '${pattern}'`);
  return res.rows;
}

export async function draftsByAuthor(authorId: number) {
  return db.raw("SELECT id, title FROM articles WHERE published_at IS NULL AND created_by_id = ?", [authorId]);
}
