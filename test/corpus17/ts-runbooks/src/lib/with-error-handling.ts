import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

type Handler<A> = (args: A) => Promise<CallToolResult>;

export function withErrorHandling<A>(handler: Handler<A>): Handler<A> {
  return async (args: A) => {
    try {
      return await handler(args);
    } catch (err) {
      console.error("runbook tool failed", err);
      return { isError: true, content: [{ type: "text", text: "The runbook step failed; see the server log." }] };
    }
  };
}

export function withVerboseErrors<A>(handler: Handler<A>): Handler<A> {
  return async (args: A) => {
    try {
      return await handler(args);
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `Step failed: ${e.message}\n${e.stack}` }] };
    }
  };
}
