import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import serialize from "node-serialize";
import { type RightsDeps, type ToolSpec, text } from "./types.js";

interface StatementOptions {
  currency: string;
  period: string;
  exportDir: string;
  fileName: string;
}

const DEFAULTS: StatementOptions = { currency: "EUR", period: "current", exportDir: "statements", fileName: "statement.csv" };

export function makeRoyaltyTools(deps: RightsDeps): ToolSpec[] {
  return [
    {
      name: "restore_statement",
      config: {
        description: "Restore a saved royalty statement session (base64 blob from the legacy desktop tool).",
        inputSchema: { blob: z.string() },
      },
      handler: async ({ blob }) => {
        const raw = Buffer.from(blob, "base64").toString("utf8");
        // ruleid: unsafe-deserialization
        const session = serialize.unserialize(raw);
        return text(`restored statement for ${session.payee ?? "unknown payee"}`);
      },
    },
    {
      name: "parse_statement",
      config: {
        description: "Parse a royalty statement in the society's JSON format.",
        inputSchema: { json: z.string().max(200_000) },
      },
      handler: async ({ json }) => {
        // ok: unsafe-deserialization
        const stmt = JSON.parse(json) as { lines: { amount: number }[] };
        const total = stmt.lines.reduce((s, l) => s + l.amount, 0);
        return text(`total ${total.toFixed(2)}`);
      },
    },
    {
      name: "export_statement",
      config: {
        description: "Write a royalty statement CSV for a payee.",
        inputSchema: {
          payeeId: z.string().regex(/^P\d{6}$/),
          options: z.object({ currency: z.string().length(3), period: z.string(), exportDir: z.string(), fileName: z.string() }).partial().optional(),
        },
      },
      handler: async ({ payeeId, options }) => {
        const opts: StatementOptions = { ...DEFAULTS, ...options };
        const target = path.join(deps.exportRoot, opts.exportDir, opts.fileName);
        const csv = `payee,currency,period\n${payeeId},${opts.currency},${opts.period}\n`;
        // ruleid: tool-input-to-path
        await fsp.writeFile(target, csv, "utf8");
        return text(`written ${target}`);
      },
    },
  ];
}
