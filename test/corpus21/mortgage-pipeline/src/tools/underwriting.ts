import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { ConditionShape, ExportShape, LoanIdShape, type PipelineDeps } from "../schemas.js";

class ConditionRepo {
  constructor(private readonly deps: PipelineDeps) {}

  list(loanId: string) {
    // ok: tool-input-to-sql
    return this.deps.db.prepare("SELECT id, text, status FROM conditions WHERE loan_id = ?").all(loanId);
  }

  setStatus(loanId: string, status: string, note?: string) {
    const noteSql = note ? `, note = '${note}'` : "";
    // ruleid: tool-input-to-sql
    return this.deps.db.exec(`UPDATE conditions SET status = '${status}'${noteSql} WHERE loan_id = '${loanId}'`);
  }
}

export function registerUnderwritingTools(server: McpServer, deps: PipelineDeps) {
  const repo = new ConditionRepo(deps);

  server.registerTool(
    "list_conditions",
    {
      description: "List underwriting conditions of a loan",
      inputSchema: LoanIdShape,
      annotations: { readOnlyHint: true },
    },
    async ({ loanId }) => ({ content: [{ type: "text", text: JSON.stringify(repo.list(loanId)) }] }),
  );

  server.registerTool(
    "update_condition",
    { description: "Clear, waive or reopen all conditions of a loan", inputSchema: ConditionShape },
    async ({ loanId, status, note }) => {
      repo.setStatus(loanId, status, note);
      return { content: [{ type: "text", text: "updated" }] };
    },
  );

  server.registerTool(
    "export_file",
    {
      description: "Queue an export of the loan file",
      inputSchema: {
        ...ExportShape,
        // ruleid: weak-input-schema
        overrides: z.record(z.any()).optional(),
      },
    },
    async ({ loanId, format }) => {
      deps.db.prepare("INSERT INTO export_queue (loan_id, format) VALUES (?, ?)").run(loanId, format);
      return { content: [{ type: "text", text: "queued" }] };
    },
  );
}
