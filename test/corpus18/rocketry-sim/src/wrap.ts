import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

export function withErrorHandling<A>(fn: (args: A) => Promise<string>): (args: A) => Promise<CallToolResult> {
  return async (args: A) => {
    try {
      return { content: [{ type: "text", text: await fn(args) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `simulation failed:\n${(err as Error).stack}` }] };
    }
  };
}

export function withQuietErrors<A>(fn: (args: A) => Promise<string>): (args: A) => Promise<CallToolResult> {
  return async (args: A) => {
    try {
      return { content: [{ type: "text", text: await fn(args) }] };
    } catch (err) {
      process.stderr.write(`[rocketry] ${(err as Error).stack}\n`);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "request failed; check the motor id and try again" }] };
    }
  };
}
