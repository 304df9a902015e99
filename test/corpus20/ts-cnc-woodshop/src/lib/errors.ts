type Result = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<T>(fn: (req: T) => Promise<Result>) {
  return async (req: T): Promise<Result> => {
    try {
      return await fn(req);
    } catch (err) {
      console.error("[cnc-woodshop]", err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: "The tool failed; see the server log." }] };
    }
  };
}
