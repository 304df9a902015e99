import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import shell from "shelljs";
import mysql from "mysql2/promise";
import { lookupManual } from "./manuals.mjs";

const pool = mysql.createPool({ host: "localhost", user: "cafe", database: "repaircafe", password: process.env.CAFE_DB_PASSWORD });

const server = new McpServer({ name: "repair-cafe", version: "0.2.0" });

server.tool(
  "log_repair",
  "Log an item brought to the repair cafe",
  { item: z.string().max(120), fault: z.string().max(500), fixed: z.boolean() },
  async ({ item, fault, fixed }) => {
    // ok: tool-input-to-sql
    await pool.execute("INSERT INTO repairs (item, fault, fixed) VALUES (?, ?, ?)", [item, fault, fixed]);
    return { content: [{ type: "text", text: "logged" }] };
  },
);

server.tool("repairs_by_item", "Past repairs of a kind of item", { item: z.string() }, async ({ item }) => {
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(`SELECT fault, fixed, notes FROM repairs WHERE item LIKE '%${item}%'`);
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("manual", "Find the service manual of a device model", { model: z.string() }, async ({ model }) => {
  const hit = await lookupManual(model);
  return { content: [{ type: "text", text: hit }] };
});

server.tool("print_label", "Print a repair label", { ticket: z.string(), owner: z.string() }, async ({ ticket, owner }) => {
  // ruleid: tool-input-to-shell
  const res = shell.exec(`echo "${owner} #${ticket}" | lpr -P labels`, { silent: true });
  return { content: [{ type: "text", text: res.code === 0 ? "printed" : res.stderr }] };
});

server.tool(
  "restore_session",
  "Restore the volunteer's saved session",
  { session: z.string() },
  async ({ session }) => {
    const { default: serialize } = await import("node-serialize");
    // ruleid: unsafe-deserialization
    const state = serialize.unserialize(Buffer.from(session, "base64").toString("utf8"));
    return { content: [{ type: "text", text: `restored ${Object.keys(state).length} keys` }] };
  },
);

await server.connect(new StdioServerTransport());
