import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export function withErrorHandling<A>(fn: (args: A) => Promise<CallToolResult>) {
  return async (args: A): Promise<CallToolResult> => {
    try {
      return await fn(args);
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `Request failed: ${e.message}\n${e.stack}` }], isError: true };
    }
  };
}
