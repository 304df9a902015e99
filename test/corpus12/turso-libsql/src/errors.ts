import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

type Handler<A> = (args: A) => Promise<CallToolResult>;

/** Wraps a tool handler so that thrown errors become tool errors instead of protocol errors. */
export function withErrorHandling<A>(fn: Handler<A>): Handler<A> {
  return async (args: A) => {
    try {
      return await fn(args);
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `Error: ${String(err)}\n${(err as Error).stack ?? ""}` }], isError: true };
    }
  };
}

export const rowsResult = (rows: unknown[]): CallToolResult => ({
  content: [{ type: "text", text: rows.length ? JSON.stringify(rows, null, 2) : "(no rows)" }],
});
