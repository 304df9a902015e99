import type { z, ZodRawShape } from "zod";

export interface ToolDefinition<S extends ZodRawShape = ZodRawShape> {
  name: string;
  description: string;
  schema: S;
  handler: (args: z.objectOutputType<S, z.ZodTypeAny>) => Promise<{ content: { type: "text"; text: string }[]; isError?: boolean }>;
}

export function ok(text: string) {
  return { content: [{ type: "text" as const, text }] };
}
