import { z, type ZodRawShape } from "zod";

export interface ToolDefinition<S extends ZodRawShape = ZodRawShape> {
  name: string;
  description: string;
  inputSchema: S;
  handler: (args: z.objectOutputType<S, z.ZodTypeAny>) => Promise<{ content: { type: "text"; text: string }[] }>;
}

export function defineTool<S extends ZodRawShape>(def: ToolDefinition<S>): ToolDefinition<S> {
  return def;
}

export const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });
