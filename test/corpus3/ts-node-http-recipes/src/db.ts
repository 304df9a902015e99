// better-sqlite3 storage for recipes.
import Database from "better-sqlite3";

export const db = new Database(process.env.RECIPES_DB ?? "recipes.db");
db.pragma("journal_mode = WAL");
db.exec(`CREATE TABLE IF NOT EXISTS recipes (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  cuisine TEXT,
  minutes INTEGER,
  ingredients TEXT NOT NULL,
  steps TEXT NOT NULL
)`);

export interface Recipe {
  id: number;
  title: string;
  cuisine: string | null;
  minutes: number | null;
  ingredients: string;
  steps: string;
}

const byId = db.prepare<[number], Recipe>("SELECT * FROM recipes WHERE id = ?");

export function getRecipe(id: number): Recipe | undefined {
  return byId.get(id);
}

export function searchByIngredient(ingredient: string): Recipe[] {
  // ok: tool-input-to-sql
  return db.prepare("SELECT * FROM recipes WHERE ingredients LIKE '%' || ? || '%' ORDER BY title").all(ingredient) as Recipe[];
}

export function quickRecipes(cuisine: string, maxMinutes: number): Recipe[] {
  const sql = `SELECT * FROM recipes WHERE cuisine = '${cuisine}' AND minutes <= ${maxMinutes}`;
  // ruleid: tool-input-to-sql
  return db.prepare(sql).all() as Recipe[];
}

export function deleteRecipes(ids: string): number {
  // ruleid: tool-input-to-sql
  return db.prepare("DELETE FROM recipes WHERE id IN (" + ids + ")").run().changes;
}
