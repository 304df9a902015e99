import type { Client } from "@temporalio/client";
import type { Sequelize } from "sequelize";

export interface AppContext {
  temporal: Client;
  visibility: Sequelize;
  taskQueues: string[];
}

export type ToolResult = { content: { type: "text"; text: string }[]; isError?: boolean };

export function ok(value: unknown): ToolResult {
  return { content: [{ type: "text", text: typeof value === "string" ? value : JSON.stringify(value, null, 2) }] };
}
