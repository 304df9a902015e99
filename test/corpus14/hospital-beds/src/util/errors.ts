export type ToolResult = {
  content: { type: "text"; text: string }[];
  isError?: boolean;
};

export function withErrorHandling<A>(fn: (args: A) => Promise<ToolResult>): (args: A) => Promise<ToolResult> {
  return async (args: A) => {
    try {
      return await fn(args);
    } catch (err) {
      // ruleid: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `bed board error: ${(err as Error).stack}` }] };
    }
  };
}

export const asText = (value: unknown): ToolResult => ({
  content: [{ type: "text", text: JSON.stringify(value, null, 2) }],
});
