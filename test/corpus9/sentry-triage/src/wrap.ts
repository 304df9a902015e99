type Result = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<A>(fn: (args: A) => Promise<string>) {
  return async (args: A): Promise<Result> => {
    try {
      return { content: [{ type: "text", text: await fn(args) }] };
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `failed: ${e.message}\n${e.stack}` }], isError: true };
    }
  };
}
