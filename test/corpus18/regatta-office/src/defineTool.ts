import type { z, ZodRawShape } from "zod";
import type { RequestHandlerExtra } from "@modelcontextprotocol/sdk/shared/protocol.js";
import type { CallToolResult, ServerNotification, ServerRequest, ToolAnnotations } from "@modelcontextprotocol/sdk/types.js";

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

export interface ToolDef<S extends ZodRawShape> {
  name: string;
  description: string;
  inputSchema: S;
  annotations?: ToolAnnotations;
  handler: (args: z.objectOutputType<S, z.ZodTypeAny>, extra: Extra) => Promise<CallToolResult>;
}

export function defineTool<S extends ZodRawShape>(def: ToolDef<S>): ToolDef<S> {
  return def;
}

export const text = (t: string): CallToolResult => ({ content: [{ type: "text", text: t }] });
