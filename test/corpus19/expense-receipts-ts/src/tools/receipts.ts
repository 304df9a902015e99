import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AttachShape, CategoriseShape, ReceiptId, UploadReceiptShape, type ReceiptMeta } from "../schemas.js";
import { isInsideArchive, receiptFileName, safePath } from "../utils/paths.js";

export interface ReceiptDeps {
  archiveRoot: string;
  index: Map<string, ReceiptMeta>;
  newId(): string;
}

type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

function withErrorHandling<A>(fn: (args: A) => Promise<ToolResult>) {
  return async (args: A): Promise<ToolResult> => {
    try {
      return await fn(args);
    } catch (err) {
      const message = err instanceof Error ? err.message : "unexpected error";
      return { content: [{ type: "text", text: `Error: ${message}` }], isError: true };
    }
  };
}

const ok = (text: string): ToolResult => ({ content: [{ type: "text", text }] });

export function registerReceiptTools(server: McpServer, deps: ReceiptDeps): void {
  server.tool(
    "upload_receipt",
    "Store a scanned receipt for an employee",
    UploadReceiptShape,
    withErrorHandling(async ({ employeeId, fileName, contentBase64 }) => {
      const storedAs = receiptFileName(employeeId, fileName);
      const target = safePath(deps.archiveRoot, path.join(employeeId, storedAs));
      await fs.mkdir(path.dirname(target), { recursive: true });
      // ok: tool-input-to-path
      await fs.writeFile(target, Buffer.from(contentBase64, "base64"));
      const id = deps.newId();
      deps.index.set(id, { id, employeeId, storedAs: target });
      return ok(JSON.stringify({ id, storedAs }));
    }),
  );

  server.tool(
    "get_receipt_file",
    "Return a stored receipt file (base64)",
    { path: z.string().describe("path relative to the receipt archive") },
    withErrorHandling(async (args) => {
      const full = safePath(deps.archiveRoot, args.path);
      // ok: tool-input-to-path
      const buf = await fs.readFile(full);
      return ok(buf.toString("base64"));
    }),
  );

  server.tool(
    "attach_to_report",
    "Attach an existing archive file to an expense report",
    AttachShape,
    withErrorHandling(async ({ reportId, relativePath }) => {
      if (!isInsideArchive(deps.archiveRoot, relativePath)) throw new Error("outside archive");
      const source = path.join(deps.archiveRoot, relativePath);
      const dest = path.join(deps.archiveRoot, "reports", reportId.replace(/[^A-Za-z0-9_-]/g, ""), path.basename(relativePath));
      await fs.mkdir(path.dirname(dest), { recursive: true });
      // ruleid: tool-input-to-path
      await fs.copyFile(source, dest);
      return ok(`attached ${path.basename(relativePath)} to ${reportId}`);
    }),
  );

  server.tool(
    "categorise_receipt",
    "Set the expense category of a receipt",
    CategoriseShape,
    withErrorHandling(async ({ receiptId, hints }) => {
      const meta = deps.index.get(receiptId);
      if (!meta) throw new Error("unknown receipt");
      meta.category = typeof hints?.category === "string" ? hints.category : "uncategorised";
      return ok(JSON.stringify(meta));
    }),
  );

  server.tool(
    "delete_receipt",
    "Delete a receipt from the archive",
    { receiptId: ReceiptId },
    { destructiveHint: true },
    withErrorHandling(async ({ receiptId }) => {
      const meta = deps.index.get(receiptId);
      if (!meta) throw new Error("unknown receipt");
      await fs.rm(meta.storedAs, { force: true });
      deps.index.delete(receiptId);
      return ok(`deleted ${receiptId}`);
    }),
  );
}
