type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<A>(fn: (args: A) => Promise<string>) {
  return async (args: A): Promise<ToolResult> => {
    try {
      return { content: [{ type: "text", text: await fn(args) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `failed: ${(err as Error).stack}` }], isError: true };
    }
  };
}
