import type { ZodRawShape } from "zod";
import type { AxiosInstance } from "axios";

export interface RightsDeps {
  http: AxiosInstance;
  registryBase: string;
  exportRoot: string;
}

export interface ToolSpec {
  name: string;
  config: { description: string; inputSchema: ZodRawShape; annotations?: Record<string, boolean> };
  handler: (args: any) => Promise<{ content: { type: "text"; text: string }[] }>;
}

export const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });
