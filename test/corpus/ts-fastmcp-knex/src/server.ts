import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import knexFactory from "knex";
import http from "node:http";
import https from "node:https";
import serialize from "node-serialize";
import v8 from "node:v8";

const knex = knexFactory({ client: "pg", connection: process.env.PG_URL });

const server = new FastMCP({ name: "inventory", version: "1.0.0" });

server.addTool({
  name: "stock_level",
  description: "Stock level of a SKU",
  parameters: z.object({ sku: z.string() }),
  execute: async ({ sku }) => {
    const rows = await knex.raw(`SELECT sku, qty FROM stock WHERE sku = '${sku}'`); // FLAW tool-input-to-sql
    return JSON.stringify(rows.rows);
  },
});

server.addTool({
  name: "stock_level_safe",
  description: "Stock level of a SKU (bound)",
  parameters: z.object({ sku: z.string() }),
  execute: async (args) => {
    const rows = await knex.raw("SELECT sku, qty FROM stock WHERE sku = ?", [args.sku]); // SAFE tool-input-to-sql
    return JSON.stringify(rows.rows);
  },
});

server.addTool({
  name: "items_by_category",
  description: "Items in a category",
  parameters: z.object({ category: z.string(), minPrice: z.number().optional() }),
  execute: async ({ category, minPrice }) => {
    const q = knex("items").select("id", "name", "price").where("category", category); // SAFE tool-input-to-sql
    if (minPrice !== undefined) q.andWhere("price", ">=", minPrice);
    const rows = await q;
    return JSON.stringify(rows);
  },
});

server.addTool({
  name: "items_filter",
  description: "Filter items with an expression on the price column",
  parameters: z.object({ condition: z.string() }),
  execute: async ({ condition }) => {
    const rows = await knex("items").whereRaw(`price ${condition}`).limit(100); // FLAW tool-input-to-sql
    return JSON.stringify(rows);
  },
});

server.addTool({
  name: "supplier_feed",
  description: "Fetch a supplier's stock feed",
  parameters: z.object({ feedHost: z.string(), path: z.string().default("/feed.json") }),
  execute: async ({ feedHost, path }) => {
    return new Promise<string>((resolve, reject) => {
      http.get({ hostname: feedHost, port: 80, path }, (res) => { // FLAW tool-input-to-url
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(body));
      }).on("error", reject);
    });
  },
});

server.addTool({
  name: "exchange_rate",
  description: "Exchange rate for a currency",
  parameters: z.object({ currency: z.string().length(3) }),
  execute: async ({ currency }) => {
    return new Promise<string>((resolve, reject) => {
      https.get(`https://api.rates.example.org/latest?base=EUR&symbols=${encodeURIComponent(currency)}`, (res) => { // SAFE tool-input-to-url
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(body));
      }).on("error", reject);
    });
  },
});

server.addTool({
  name: "restore_cart",
  description: "Restore a serialized cart",
  parameters: z.object({ blob: z.string() }),
  execute: async ({ blob }) => {
    const cart = serialize.unserialize(blob); // FLAW unsafe-deserialization
    return `cart with ${Object.keys(cart).length} items`;
  },
});

server.addTool({
  name: "import_snapshot",
  description: "Import a base64 V8 snapshot of the cache",
  parameters: z.object({ data: z.string() }),
  execute: async ({ data }) => {
    const buf = Buffer.from(data, "base64");
    const snapshot = v8.deserialize(buf); // FLAW unsafe-deserialization
    return `snapshot has ${Object.keys(snapshot).length} keys`;
  },
});

server.addTool({
  name: "import_cart_json",
  description: "Import a JSON cart",
  parameters: z.object({ json: z.string() }),
  execute: async ({ json }) => {
    const cart = JSON.parse(json); // SAFE unsafe-deserialization
    if (!Array.isArray(cart.items)) throw new UserError("cart.items must be an array");
    return `cart with ${cart.items.length} items`;
  },
});

server.start({ transportType: "stdio" });
