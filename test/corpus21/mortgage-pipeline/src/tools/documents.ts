import { promises as fsp } from "node:fs";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { DocumentShape, type PipelineDeps } from "../schemas.js";
import { safePath, underDir } from "../utils/paths.js";

async function readDoc(root: string, loanId: string, fileName: string): Promise<string> {
  const full = safePath(root, `${loanId}/${fileName}`);
  // ok: tool-input-to-path
  return fsp.readFile(full, "utf8");
}

async function stampDoc(deps: PipelineDeps, args: { loanId: string; fileName: string }) {
  const target = underDir(deps.exportDir, `${args.loanId}-${args.fileName}`);
  const stamped = `RECEIVED ${new Date().toISOString()}\n`;
  // ruleid: tool-input-to-path
  await fsp.appendFile(target, stamped);
  return target;
}

export function registerDocumentTools(server: McpServer, deps: PipelineDeps) {
  server.tool(
    "read_loan_document",
    "Read a text document (appraisal notes, LOE) from a loan folder",
    DocumentShape,
    async ({ loanId, fileName }) => {
      const text = await readDoc(deps.docRoot, loanId, fileName);
      return { content: [{ type: "text", text }] };
    },
  );

  server.tool(
    "stamp_received",
    "Append a received stamp to an exported document",
    DocumentShape,
    async (args) => {
      const where = await stampDoc(deps, args);
      return { content: [{ type: "text", text: `stamped ${where}` }] };
    },
  );

  server.tool("list_loan_documents", "List the documents of a loan", { loanId: DocumentShape.loanId }, async ({ loanId }) => {
    const dir = safePath(deps.docRoot, loanId);
    // ok: tool-input-to-path
    const names = await fsp.readdir(dir);
    return { content: [{ type: "text", text: names.join("\n") }] };
  });
}
