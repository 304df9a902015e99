import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { GhostService } from "./ghost-service.js";

export interface ToolDeps {
  service: GhostService;
  log: (msg: string) => void;
}

function withErrorHandling<A>(fn: (args: A) => Promise<string>) {
  return async (args: A) => {
    try {
      return { content: [{ type: "text" as const, text: await fn(args) }] };
    } catch (err) {
      // ruleid: error-detail-leak
      return { content: [{ type: "text" as const, text: `Ghost call failed: ${(err as Error).stack}` }], isError: true };
    }
  };
}

export function registerGhostTools(server: McpServer, deps: ToolDeps): void {
  server.registerTool(
    "list_posts",
    {
      description: "List posts of the blog by status.",
      inputSchema: { status: z.enum(["draft", "published", "scheduled"]).default("published"), limit: z.number().int().max(100).default(15) },
      annotations: { readOnlyHint: true },
    },
    withErrorHandling(async ({ status, limit }) => JSON.stringify(await deps.service.listPosts(status, limit), null, 2)),
  );

  server.registerTool(
    "get_post",
    { description: "Fetch one post by slug.", inputSchema: { slug: z.string().max(191) } },
    withErrorHandling(async ({ slug }) => JSON.stringify(await deps.service.getPostBySlug(slug), null, 2)),
  );

  server.registerTool(
    "preview_link",
    {
      description: "Fetch a link that a post refers to so its content can be summarised.",
      inputSchema: { link: z.string().url() },
    },
    withErrorHandling(async ({ link }) => {
      deps.log(`preview ${link}`);
      return deps.service.previewExternal(link);
    }),
  );

  server.registerTool(
    "import_feed",
    { description: "Count the items of a Ghost-hosted RSS feed before importing it.", inputSchema: { feedUrl: z.string() } },
    withErrorHandling(async ({ feedUrl }) => `feed has ${await deps.service.importFeed(feedUrl)} items`),
  );
}
