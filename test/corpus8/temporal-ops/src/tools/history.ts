import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { AppContext, ok } from "../lib/context.js";
import { searchExecutions, countByType } from "../lib/visibility.js";

const SearchShape = {
  type: z.string().max(100).optional(),
  // ok: weak-input-schema
  status: z.enum(["Running", "Completed", "Failed", "Canceled", "Terminated", "TimedOut"]).optional(),
  sort: z.string().default("started"),
  limit: z.number().int().min(1).max(200).default(50),
};

export function registerHistoryTools(server: McpServer, ctx: AppContext) {
  server.registerTool(
    "search_executions",
    { description: "Search the visibility store", inputSchema: SearchShape, annotations: { readOnlyHint: true } },
    async (args) => ok(await searchExecutions(ctx.visibility, { ...args })),
  );

  server.registerTool(
    "count_by_type",
    { description: "Count executions per workflow type with a name prefix", inputSchema: { prefix: z.string().max(60) } },
    async ({ prefix }) => ok(await countByType(ctx.visibility, prefix)),
  );
}
