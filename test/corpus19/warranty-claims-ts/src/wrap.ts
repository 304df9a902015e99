export type ToolResult = { content: Array<{ type: "text"; text: string }>; isError?: boolean };
export type Handler = (args: Record<string, unknown> | undefined) => Promise<ToolResult>;

export const textResult = (text: string): ToolResult => ({ content: [{ type: "text", text }] });

/** Wrap a handler so that failures become tool errors instead of protocol errors. */
export function withErrorHandling(handler: Handler): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (err) {
      console.error("[warranty] tool failed", err);
      // ok: error-detail-leak
      return { content: [{ type: "text", text: "The claim service failed; the error was logged." }], isError: true };
    }
  };
}

/** Older variant kept for the supplier tools. */
export function withDebugErrors(handler: Handler): Handler {
  return async (args) => {
    try {
      return await handler(args);
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `supplier call failed: ${e.message}\n${e.stack}` }], isError: true };
    }
  };
}
