#!/usr/bin/env node
// Neighbourhood tool library: catalogue, loans, late fees, waiver forms.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import Database from "better-sqlite3";
import vm from "node:vm";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Sequelize, QueryTypes } from "sequelize";

const db = new Database(process.env.TOOLLIB_DB ?? "toollib.db");
const sequelize = new Sequelize(process.env.TOOLLIB_REPORTING_URL ?? "sqlite::memory:", { logging: false });
const WAIVERS = path.resolve(process.env.TOOLLIB_WAIVERS ?? "./waivers");

const FEE_RULES = {
  standard: "Math.min(daysLate * 0.5, 10)",
  power: "Math.min(daysLate * 2, 40)",
  member: "0",
} as const;

function ok(text: string) {
  return { content: [{ type: "text" as const, text }] };
}

function daysBetween(a: string, b: string): number {
  return Math.max(0, Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000));
}

const server = new McpServer({ name: "tool-library", version: "2.0.1" });

server.tool("catalogue", "Search the tool catalogue", { q: z.string().max(60) }, async ({ q }) => {
  // ok: tool-input-to-sql
  const rows = db.prepare("SELECT id, name, category, available FROM tools WHERE name LIKE ? ORDER BY name").all(`%${q}%`);
  return ok(JSON.stringify(rows));
});

server.tool("tool_detail", "Details of one tool", { toolId: z.number().int() }, async ({ toolId }) => {
  const row = db.prepare("SELECT * FROM tools WHERE id = ?").get(toolId);
  return ok(JSON.stringify(row ?? null));
});

server.tool("categories", "List categories", async () => {
  const rows = db.prepare("SELECT DISTINCT category FROM tools ORDER BY category").all();
  return ok(rows.map((r: any) => r.category).join(", "));
});

server.tool(
  "checkout",
  "Lend a tool to a member",
  { toolId: z.number().int(), memberId: z.number().int(), due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) },
  async ({ toolId, memberId, due }) => {
    db.prepare("INSERT INTO loans (tool_id, member_id, due) VALUES (?, ?, ?)").run(toolId, memberId, due);
    db.prepare("UPDATE tools SET available = 0 WHERE id = ?").run(toolId);
    return ok("checked out");
  },
);

server.tool("return_tool", "Record a returned tool", { loanId: z.number().int(), condition: z.string().max(200) }, async ({ loanId, condition }) => {
  db.prepare("UPDATE loans SET returned_at = datetime('now'), condition = ? WHERE id = ?").run(condition, loanId);
  return ok("returned");
});

server.tool(
  "late_fee",
  "Late fee for a loan under one of the library's fee rules",
  { loanId: z.number().int(), rule: z.enum(["standard", "power", "member"]) },
  async ({ loanId, rule }) => {
    const loan = db.prepare("SELECT due FROM loans WHERE id = ?").get(loanId) as { due: string };
    const daysLate = daysBetween(loan.due, new Date().toISOString());
    // ok: tool-input-to-eval
    const fee = vm.runInNewContext(FEE_RULES[rule], { daysLate, Math });
    return ok(`$${Number(fee).toFixed(2)}`);
  },
);

server.tool(
  "fee_preview",
  "Preview a late fee for a number of days with the standard rule",
  { daysLate: z.number().int().min(0).max(365) },
  async ({ daysLate }) => {
    // ok: tool-input-to-eval
    const fee = vm.runInNewContext("Math.min(daysLate * 0.5, 10)", { daysLate, Math });
    return ok(`$${Number(fee).toFixed(2)}`);
  },
);

server.tool(
  "member_loans",
  "Loans of a member, filtered by status",
  { memberId: z.string(), status: z.string().default("open") },
  async ({ memberId, status }) => {
    const filter = status === "open" ? "returned_at IS NULL" : `status = '${status}'`;
    // ruleid: tool-input-to-sql
    const rows = await sequelize.query(`SELECT * FROM loans WHERE member_id = ${memberId} AND ${filter}`, { type: QueryTypes.SELECT });
    return ok(JSON.stringify(rows));
  },
);

server.tool(
  "usage_report",
  "Loans per category between two dates",
  { from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) },
  async ({ from, to }) => {
    // ok: tool-input-to-sql
    const rows = await sequelize.query("SELECT category, COUNT(*) AS n FROM loans_v WHERE lent_on BETWEEN :from AND :to GROUP BY category", { replacements: { from, to }, type: QueryTypes.SELECT });
    return ok(JSON.stringify(rows));
  },
);

server.tool("waiver", "Read a member's signed liability waiver", { memberId: z.string() }, async ({ memberId }) => {
  const file = path.resolve(WAIVERS, `${memberId}.txt`);
  if (!file.startsWith(WAIVERS)) throw new Error("invalid member id");
  // ruleid: tool-input-to-path
  return ok(await readFile(file, "utf8"));
});

server.tool(
  "store_waiver",
  "Store a signed waiver",
  { memberId: z.number().int(), text: z.string().max(10_000) },
  async ({ memberId, text }) => {
    // ok: tool-input-to-path
    await writeFile(path.join(WAIVERS, `${memberId}.txt`), text, "utf8");
    return ok("stored");
  },
);

server.tool(
  "restore_settings",
  "Restore library settings from a serialized backup string",
  { backup: z.string() },
  async ({ backup }) => {
    const serialize = await import("node-serialize");
    // ruleid: unsafe-deserialization
    const settings = serialize.unserialize(backup);
    db.prepare("UPDATE settings SET value = ? WHERE key = 'loan_days'").run(settings.loanDays);
    return ok("restored");
  },
);

await server.connect(new StdioServerTransport());
