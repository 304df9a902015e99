import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { handlers } from "./handlers.js";
import { withErrorHandling } from "./wrap.js";

const server = new McpServer({ name: "sentry-triage", version: "0.9.0" });

server.tool(
  "filter_issues",
  "Filter unresolved issues with a JavaScript predicate over each issue",
  { project: z.string(), predicate: z.string() },
  { readOnlyHint: true },
  withErrorHandling(async (args) => handlers.filter_issues(args)),
);

server.tool(
  "load_saved_view",
  { view: z.string().max(20000) },
  withErrorHandling(async ({ view }) => handlers.load_saved_view({ view })),
);

server.tool(
  "assign_issue",
  "Assign an issue to a team member",
  { issueId: z.string().regex(/^\d+$/), assignee: z.string().email() },
  withErrorHandling(async (args) => handlers.assign_issue(args)),
);

server.tool(
  "sorted_issues",
  { project: z.string(), sort: z.string().default("count"), custom: z.string().optional() },
  withErrorHandling(async (args) => handlers.sorted_issues(args)),
);

await server.connect(new StdioServerTransport());
