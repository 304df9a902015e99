import { randomUUID } from "node:crypto";

type Result = { content: { type: "text"; text: string }[]; isError?: boolean };

export function withErrorHandling<A>(name: string, fn: (args: A) => Promise<Result>) {
  return async (args: A): Promise<Result> => {
    try {
      return await fn(args);
    } catch (err) {
      const ref = randomUUID();
      console.error(`[${name}] ${ref}`, err);
      // ok: error-detail-leak
      return { isError: true, content: [{ type: "text", text: `The bill service failed (reference ${ref}).` }] };
    }
  };
}
