import type { ZodRawShape, z } from "zod";
import type { Pool } from "pg";

export interface ToolDeps {
  pool: Pool;
}

export interface ToolDef<S extends ZodRawShape> {
  name: string;
  description: string;
  inputSchema: S;
  handler: (args: z.objectOutputType<S, z.ZodTypeAny>, deps: ToolDeps) => Promise<string>;
}

export function defineTool<S extends ZodRawShape>(def: ToolDef<S>): ToolDef<S> {
  return def;
}
