"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const sqlite3 = require("sqlite3");
const { z } = require("zod");
const { scaleQuantity, UNITS } = require("./units.js");

const db = new sqlite3.Database(process.env.RECIPES_DB || "recipes.db");
const server = new McpServer({ name: "recipe-planner", version: "0.3.0" });

function query(sql, params = []) {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows)));
  });
}

server.tool(
  "recipes_with",
  "Recipes that use an ingredient.",
  { ingredient: z.string().min(2).max(60) },
  async ({ ingredient }) => {
    // ok: tool-input-to-sql
    const rows = await query("SELECT r.id, r.title FROM recipes r JOIN recipe_ingredients ri ON ri.recipe_id = r.id WHERE ri.name LIKE ? ORDER BY r.title", [`%${ingredient}%`]);
    return { content: [{ type: "text", text: rows.map((r) => `${r.id}: ${r.title}`).join("\n") || "none" }] };
  },
);

server.tool(
  "recipes_without",
  "Recipes free of a list of ingredients (allergies, dislikes).",
  { exclude: z.array(z.string()).max(20) },
  async ({ exclude }) => {
    const list = exclude.map((e) => `'${e.toLowerCase()}'`).join(", ");
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-sql
      db.all(`SELECT id, title FROM recipes WHERE id NOT IN (SELECT recipe_id FROM recipe_ingredients WHERE lower(name) IN (${list}))`, (err, rows) => {
        if (err) return reject(err);
        resolve({ content: [{ type: "text", text: JSON.stringify(rows) }] });
      });
    });
  },
);

server.tool(
  "scale_recipe",
  "Scales every ingredient of a recipe by a serving-count expression such as '6/4' or '1.5'.",
  { recipeId: z.number().int(), factor: z.string().max(40) },
  async ({ recipeId, factor }) => {
    // ruleid: tool-input-to-eval
    const ratio = Number(eval(factor));
    const rows = await query("SELECT name, quantity, unit FROM recipe_ingredients WHERE recipe_id = ?", [recipeId]);
    const lines = rows.map((r) => `${scaleQuantity(r.quantity, ratio)} ${UNITS[r.unit] || r.unit} ${r.name}`);
    return { content: [{ type: "text", text: lines.join("\n") }] };
  },
);

server.tool(
  "week_plan",
  "A week of dinners from a cuisine, avoiding repeats.",
  { cuisine: z.enum(["italian", "indian", "mexican", "japanese", "levantine", "any"]) },
  async ({ cuisine }) => {
    const where = cuisine === "any" ? "" : "WHERE cuisine = ?";
    // ok: tool-input-to-sql
    const rows = await query(`SELECT title FROM recipes ${where} ORDER BY random() LIMIT 7`, cuisine === "any" ? [] : [cuisine]);
    const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    return { content: [{ type: "text", text: rows.map((r, i) => `${days[i]}: ${r.title}`).join("\n") }] };
  },
);

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
