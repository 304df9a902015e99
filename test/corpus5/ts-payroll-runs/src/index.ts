#!/usr/bin/env node
// Payroll assistant: read pay runs, export payslips, look people up.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { listRuns, payslipsForRun, searchEmployees, close } from "./db.js";

// ruleid: hardcoded-secret
const GUSTO_API_KEY = "gsk_live_4f9a1c77e2b04d55a8c1e0b9d3f26a7c";

const EXPORT_DIR = process.env.PAYROLL_EXPORT_DIR ?? path.join(process.cwd(), "exports");

const server = new McpServer({ name: "payroll-runs", version: "0.4.2" });

server.tool("list_pay_runs", async () => {
  const runs = await listRuns(12);
  return { content: [{ type: "text", text: JSON.stringify(runs, null, 2) }] };
});

server.tool(
  "payslips_for_run",
  "List the payslips of one pay run, optionally for a single department.",
  { runId: z.number().int().positive(), department: z.string().max(64).optional() },
  async ({ runId, department }) => {
    const slips = await payslipsForRun(runId, department);
    return { content: [{ type: "text", text: JSON.stringify(slips) }] };
  },
);

server.tool(
  "find_employee",
  "Search employees by (part of) their name.",
  { term: z.string() },
  { readOnlyHint: true },
  async ({ term }) => {
    const rows = await searchEmployees(term);
    return { content: [{ type: "text", text: rows.map((r) => `${r.id}\t${r.name}`).join("\n") }] };
  },
);

server.tool(
  "export_payslips_csv",
  "Write the payslips of a run to a CSV file under the export folder.",
  { runId: z.number().int().positive(), fileName: z.string() },
  async ({ runId, fileName }) => {
    try {
      const slips = await payslipsForRun(runId);
      const csv = ["employee_id,name,gross,net,tax", ...slips.map((s) => [s.employee_id, s.employee_name, s.gross, s.net, s.tax].join(","))].join("\n");
      await mkdir(EXPORT_DIR, { recursive: true });
      const target = path.join(EXPORT_DIR, fileName);
      // ruleid: tool-input-to-path
      await writeFile(target, csv, "utf8");
      // ok: stdout-in-stdio-server
      console.error(`exported run ${runId} to ${target}`);
      return { content: [{ type: "text", text: `Wrote ${slips.length} payslips to ${target}` }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `Export failed: ${(err as Error).stack}` }] };
    }
  },
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log("payroll-runs MCP server ready (gusto key loaded: %s)", Boolean(GUSTO_API_KEY));
}

process.on("SIGINT", async () => {
  await close();
  process.exit(0);
});

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
