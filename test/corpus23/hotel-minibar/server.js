#!/usr/bin/env node
// Hotel minibar consumption tracker (low-level SDK, CommonJS).
const { Server } = require("@modelcontextprotocol/sdk/server/index.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { CallToolRequestSchema, ListToolsRequestSchema } = require("@modelcontextprotocol/sdk/types.js");
const mysql = require("mysql2/promise");
const shell = require("shelljs");
const { execFile } = require("child_process");
const crypto = require("crypto");

const pool = mysql.createPool({ host: "localhost", user: "minibar", database: "minibar", password: process.env.MINIBAR_DB_PASSWORD });

const server = new Server({ name: "hotel-minibar", version: "1.4.2" }, { capabilities: { tools: {} } });

const TOOLS = [
  { name: "room_consumption", description: "Items consumed in a room", inputSchema: { type: "object", properties: { room: { type: "string" } }, required: ["room"] } },
  { name: "restock_list", description: "Restock list for a floor", inputSchema: { type: "object", properties: { floor: { type: "integer", minimum: 1, maximum: 40 } }, required: ["floor"] } },
  { name: "charge_folio", description: "Post minibar charges to the guest folio", inputSchema: { type: "object", properties: { room: { type: "string" }, items: { type: "array", items: { type: "string" } } }, required: ["room", "items"] } },
  { name: "sync_sensor", description: "Resync the weight sensor of a minibar", inputSchema: { type: "object", properties: { room: { type: "string" } }, required: ["room"] } },
  { name: "reset_sensor", description: "Reset a minibar sensor using the vendor tool", inputSchema: { type: "object", properties: { room: { type: "string" } }, required: ["room"] } },
];

server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: TOOLS }));

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args = {} } = request.params;

  if (name === "room_consumption") {
    // ok: tool-input-to-sql
    const [rows] = await pool.execute("SELECT item, qty, consumed_at FROM consumption WHERE room = ? ORDER BY consumed_at DESC", [args.room]);
    return { content: [{ type: "text", text: JSON.stringify(rows) }] };
  }

  if (name === "restock_list") {
    const floor = Number(args.floor);
    // ok: tool-input-to-sql
    const [rows] = await pool.query(`SELECT room, item, par - qty AS missing FROM stock WHERE floor = ${floor} AND qty < par`);
    return { content: [{ type: "text", text: rows.map((r) => `${r.room} ${r.item} x${r.missing}`).join("\n") }] };
  }

  if (name === "charge_folio") {
    const ref = crypto.randomUUID();
    const placeholders = args.items.map(() => "(?, ?, ?)").join(", ");
    const values = args.items.flatMap((item) => [ref, args.room, item]);
    await pool.execute(`INSERT INTO folio_charges (ref, room, item) VALUES ${placeholders}`, values);
    return { content: [{ type: "text", text: `posted ${args.items.length} items as ${ref}` }] };
  }

  if (name === "sync_sensor") {
    // ruleid: tool-input-to-shell
    const result = shell.exec(`minibarctl sync --room ${args.room}`, { silent: true });
    return { content: [{ type: "text", text: result.stdout || result.stderr }] };
  }

  if (name === "reset_sensor") {
    const out = await new Promise((resolve, reject) =>
      // ok: tool-input-to-shell
      execFile("/opt/minibar/bin/vendor-reset", ["--quiet"], { env: { ...process.env, MINIBAR_ROOM: String(args.room) } }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
    );
    return { content: [{ type: "text", text: out }] };
  }

  throw new Error(`Unknown tool: ${name}`);
});

server.connect(new StdioServerTransport()).catch((e) => {
  console.error(e);
  process.exit(1);
});
