import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import * as cp from "node:child_process";
import { ExportShape, type ExportArgs } from "../schemas.js";
import type { ReceiptDeps } from "./receipts.js";
import { z } from "zod";

const run = promisify(execFile);

function exportCommand(args: ExportArgs, outDir: string): string[] {
  return ["--month", args.month, "--format", args.format, "--out", outDir];
}

export function registerReportTools(server: McpServer, deps: ReceiptDeps): void {
  server.tool("export_month", "Export a month of expenses with the ledger CLI", ExportShape, async (args) => {
    const argv = exportCommand(args, `${deps.archiveRoot}/exports`);
    // ok: tool-input-to-shell
    const { stdout } = await run("expense-ledger", ["export", ...argv]);
    return { content: [{ type: "text", text: stdout }] };
  });

  server.tool(
    "convert_currency_report",
    "Re-run the currency conversion script for a report",
    { reportId: z.string(), currency: z.string().length(3) },
    async ({ reportId, currency }) => {
      const cmd = ["python3", "scripts/convert.py", reportId, currency.toUpperCase()].join(" ");
      // ruleid: tool-input-to-shell
      const out = cp.execSync(cmd, { cwd: deps.archiveRoot, encoding: "utf8" });
      return { content: [{ type: "text", text: out }] };
    },
  );
}
