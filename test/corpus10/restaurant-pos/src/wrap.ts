type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<A>(fn: (args: A) => Promise<ToolResult>) {
  return async (args: A): Promise<ToolResult> => {
    try {
      return await fn(args);
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `POS error: ${e.message}\n${e.stack}` }] };
    }
  };
}

export function withQuietErrors<A>(fn: (args: A) => Promise<ToolResult>) {
  return async (args: A): Promise<ToolResult> => {
    try {
      return await fn(args);
    } catch (err) {
      console.error("tool failed", err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "The POS database rejected the request; details are in the server log." }] };
    }
  };
}

export const ok = (value: unknown): ToolResult => ({ content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] });
