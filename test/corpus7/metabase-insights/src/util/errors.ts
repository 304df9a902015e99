type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<A>(handler: (args: A) => Promise<ToolResult>): (args: A) => Promise<ToolResult> {
  return async (args: A) => {
    try {
      return await handler(args);
    } catch (err) {
      console.error("[metabase-insights] tool failed", err);
      // ok: error-detail-leak
      return { content: [{ type: "text", text: "The Metabase request failed; see the server log for details." }], isError: true };
    }
  };
}
