#!/usr/bin/env node
"use strict";

const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const { exec } = require("child_process");
const fs = require("fs");
const path = require("path");
const mysql = require("mysql2/promise");
const helpers = require("./lib/helpers");

const LOG_DIR = "/var/log/myapp";
let pool;

function getPool() {
  if (!pool) {
    pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASS, database: "ops" });
  }
  return pool;
}

const server = new McpServer({ name: "ops-assistant", version: "0.1.0" });

server.tool("ping_host", "Ping a host a few times", { host: z.string(), count: z.number().default(3) }, async ({ host, count }) => {
  const output = await new Promise((resolve, reject) => {
    exec(`ping -c ${count} ${host}`, (error, stdout, stderr) => { // FLAW tool-input-to-shell
      if (error) return reject(new Error(stderr || error.message));
      resolve(stdout);
    });
  });
  return { content: [{ type: "text", text: output }] };
});

server.tool("tail_log", "Read the end of a log file", { name: z.string(), lines: z.number().default(50) }, async (params) => {
  const file = path.join(LOG_DIR, params.name);
  const data = fs.readFileSync(file, "utf8"); // FLAW tool-input-to-path
  return { content: [{ type: "text", text: data.split("\n").slice(-params.lines).join("\n") }] };
});

server.tool("user_orders", "Orders of a user", { userId: z.string(), status: z.string().optional() }, async ({ userId, status }) => {
  let sql = "SELECT id, total, status FROM orders WHERE user_id = '" + userId + "'";
  if (status) {
    sql += " AND status = '" + status + "'";
  }
  const [rows] = await getPool().query(sql); // FLAW tool-input-to-sql
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("user_profile", "Profile of a user", { userId: z.string() }, async ({ userId }) => {
  const [rows] = await getPool().execute("SELECT id, name, email FROM users WHERE id = ?", [userId]); // SAFE tool-input-to-sql
  return { content: [{ type: "text", text: JSON.stringify(rows[0] ?? null) }] };
});

server.tool("search_tickets", "Search support tickets", { text: z.string(), priority: z.string().optional() }, async ({ text, priority }) => {
  const clauses = ["body LIKE ?"];
  const values = [`%${text}%`];
  if (priority) {
    clauses.push("priority = ?");
    values.push(priority);
  }
  const [rows] = await getPool().query(`SELECT id, subject FROM tickets WHERE ${clauses.join(" AND ")} LIMIT 20`, values); // SAFE tool-input-to-sql
  return { content: [{ type: "text", text: JSON.stringify(rows) }] };
});

server.tool("service_status", "systemd status of a service", { service: z.string() }, async ({ service }) => {
  const out = await helpers.shell(`systemctl status ${service} --no-pager`); // FLAW tool-input-to-shell
  return { content: [{ type: "text", text: out }] };
});

server.tool("disk_usage", "Disk usage of a directory", { dir: z.string() }, async ({ dir }) => {
  const out = await helpers.du(dir); // FLAW tool-input-to-shell
  return { content: [{ type: "text", text: out }] };
});

server.tool("archived_log", "Read an archived log by date", { date: z.string() }, async ({ date }) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date); // SAFE tool-input-to-shell
  if (!m) return { isError: true, content: [{ type: "text", text: "date must be YYYY-MM-DD" }] };
  const data = fs.readFileSync(path.join(LOG_DIR, "archive", `${m[1]}${m[2]}${m[3]}.log`), "utf8"); // SAFE tool-input-to-path
  return { content: [{ type: "text", text: data }] };
});

async function main() {
  await server.connect(new StdioServerTransport());
}

main();
