import { z } from "zod";
import { zodToJsonSchema } from "zod-to-json-schema";
import type { LightingDb } from "../services/db.js";

export interface ToolContext {
  db: LightingDb;
  cmsBaseUrl: string;
}

export type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

export abstract class BaseTool<S extends z.ZodTypeAny = z.ZodTypeAny> {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly schema: S;

  constructor(protected readonly ctx: ToolContext) {}

  get inputSchema() {
    return zodToJsonSchema(this.schema) as Record<string, unknown>;
  }

  /** Validates the raw arguments against the tool's schema before running it. */
  async run(raw: unknown): Promise<ToolResult> {
    const args = this.schema.parse(raw);
    return this.execute(args);
  }

  protected abstract execute(args: z.infer<S>): Promise<ToolResult>;

  protected text(t: string): ToolResult {
    return { content: [{ type: "text", text: t }] };
  }
}
