const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const sqlite3 = require("sqlite3");
const repo = require("./repo.cjs");
const fs = require("fs");

const db = new sqlite3.Database(process.env.INVENTORY_DB || "./inventory.sqlite");

const tools = [
  {
    name: "find_item",
    description: "Find inventory items by SKU prefix.",
    inputSchema: { type: "object", properties: { sku: { type: "string" } }, required: ["sku"] },
  },
  {
    name: "adjust_stock",
    description: "Change the stock count of an item.",
    inputSchema: { type: "object", properties: { sku: { type: "string" }, delta: { type: "integer" } }, required: ["sku", "delta"] },
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
  },
  {
    name: "items_in_location",
    description: "List items stored in a warehouse location.",
    inputSchema: { type: "object", properties: { location: { type: "string" }, sort: { type: "string", enum: ["sku", "name", "qty"] } }, required: ["location"] },
  },
  {
    name: "archive_location",
    description: "Archive all items of a location.",
    inputSchema: { type: "object", properties: { location: { type: "string" } }, required: ["location"] },
  },
  {
    name: "export_csv",
    description: "Export all items as CSV to a file.",
    inputSchema: { type: "object", properties: { outputPath: { type: "string" } }, required: ["outputPath"] },
  },
];

function all(sql, params = []) {
  return new Promise((resolve, reject) => db.all(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))));
}

const server = new Server({ name: "inventory", version: "1.0.0" }, { capabilities: { tools: {} } });

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const args = request.params.arguments || {};
  switch (request.params.name) {
    case "find_item": {
      // ruleid: tool-input-to-sql
      const rows = await all(`SELECT sku, name, qty FROM items WHERE sku LIKE '${args.sku}%'`);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "adjust_stock": {
      const sku = String(args.sku);
      const delta = parseInt(args.delta, 10);
      await new Promise((resolve, reject) =>
        // ok: tool-input-to-sql
        db.run("UPDATE items SET qty = qty + ? WHERE sku = ?", [delta, sku], (err) => (err ? reject(err) : resolve()))
      );
      return { content: [{ type: "text", text: `adjusted ${sku} by ${delta}` }] };
    }
    case "items_in_location": {
      const rows = await repo.itemsInLocation(db, args.location, args.sort);
      return { content: [{ type: "text", text: JSON.stringify(rows) }] };
    }
    case "archive_location": {
      await repo.archiveLocation(db, args.location);
      return { content: [{ type: "text", text: "archived" }] };
    }
    case "export_csv": {
      const rows = await all("SELECT sku, name, qty FROM items ORDER BY sku");
      const csv = ["sku,name,qty", ...rows.map((r) => `${r.sku},${JSON.stringify(r.name)},${r.qty}`)].join("\n");
      // ruleid: tool-input-to-path
      fs.writeFileSync(args.outputPath, csv);
      return { content: [{ type: "text", text: `exported ${rows.length} rows` }] };
    }
    default:
      return { content: [{ type: "text", text: "unknown tool" }], isError: true };
  }
});

server.connect(new StdioServerTransport()).catch((err) => {
  process.stderr.write(String(err) + "\n");
  process.exit(1);
});
