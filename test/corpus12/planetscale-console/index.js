#!/usr/bin/env node
"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const YAML = require("yaml");
const { unserialize } = require("node-serialize");
const { knex, sequelize, pool } = require("./lib/db");
const { branchStatsSql } = require("./lib/sql");

const server = new McpServer({ name: "planetscale-console", version: "0.3.1" });

const json = (value) => ({ content: [{ type: "text", text: JSON.stringify(value, null, 2) }] });

server.tool(
  "orders_for_customer",
  "Orders of a customer by e-mail",
  { email: z.string().email(), limit: z.number().int().min(1).max(200).default(20) },
  async ({ email, limit }) => {
    // ok: tool-input-to-sql
    const [rows] = await pool.execute("SELECT id, total_cents, status, created_at FROM orders WHERE customer_email = ? ORDER BY created_at DESC LIMIT ?", [email, String(limit)]);
    return json(rows);
  },
);

server.tool(
  "search_products",
  "Search products by name",
  { term: z.string().max(100), sort: z.string().default("name") },
  async ({ term, sort }) => {
    // ruleid: tool-input-to-sql
    const result = await knex.raw(`SELECT id, name, price_cents FROM products WHERE name LIKE '%${term}%' ORDER BY ${sort}`);
    return json(result[0]);
  },
);

server.tool(
  "product_by_sku",
  "Find a product by SKU",
  { sku: z.string().max(64) },
  async ({ sku }) => {
    // ok: tool-input-to-sql
    const result = await knex.raw("SELECT id, name, price_cents, stock FROM products WHERE sku = ?", [sku]);
    return json(result[0][0] ?? null);
  },
);

server.tool(
  "branch_stats",
  "Row counts of a table on the current branch, grouped by a column",
  { table: z.string(), groupBy: z.string() },
  async ({ table, groupBy }) => {
    const sql = branchStatsSql(table, groupBy);
    // ruleid: tool-input-to-sql
    const [rows] = await sequelize.query(sql);
    return json(rows);
  },
);

server.tool(
  "import_seed",
  "Insert seed rows described in YAML (table: rows[])",
  { yamlText: z.string().max(200000) },
  async ({ yamlText }) => {
    // ok: unsafe-deserialization
    const seed = YAML.parse(yamlText);
    let n = 0;
    for (const row of seed.products ?? []) {
      await knex("products").insert({ sku: String(row.sku), name: String(row.name), price_cents: Number(row.price_cents) || 0 });
      n++;
    }
    return json({ inserted: n });
  },
);

server.tool(
  "restore_saved_query",
  "Restore a saved console query bundle exported by the old console",
  { bundle: z.string().max(50000) },
  async ({ bundle }) => {
    // ruleid: unsafe-deserialization
    const saved = unserialize(bundle);
    return json({ name: saved.name, createdBy: saved.createdBy });
  },
);

server.connect(new StdioServerTransport()).catch((err) => {
  console.error(err);
  process.exit(1);
});
