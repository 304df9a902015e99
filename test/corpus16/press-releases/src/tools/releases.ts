import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { withErrorHandling } from "../wrap.js";
import { assertWireFeed } from "../net.js";

const MEDIA_ROOT = path.resolve(process.env.PRESS_MEDIA ?? "./media");
// ruleid: hardcoded-secret
const DISTRIBUTION_API_KEY = "pk_live_7f3d9a61c4b24e0c9e1a55b0d2c8f417";

async function loadFeed(feedUrl: string): Promise<string> {
  assertWireFeed(feedUrl);
  // ruleid: tool-input-to-url
  const res = await fetch(feedUrl, { redirect: "follow" });
  return res.text();
}

export function registerReleaseTools(server: McpServer) {
  server.registerTool(
    "embargoed_items",
    {
      description: "List embargoed items from a wire-service RSS feed.",
      inputSchema: { feedUrl: z.string().url() },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    withErrorHandling(async ({ feedUrl }: { feedUrl: string }) => {
      const xml = await loadFeed(feedUrl);
      const titles = [...xml.matchAll(/<title>([^<]+)<\/title>/g)].map((m) => m[1]);
      return { content: [{ type: "text", text: titles.join("\n") }] };
    }),
  );

  server.registerTool(
    "attach_image",
    {
      description: "Attach an image from the media library to a draft release.",
      inputSchema: { releaseId: z.string().uuid(), image: z.string() },
    },
    withErrorHandling(async ({ releaseId, image }: { releaseId: string; image: string }) => {
      const full = path.resolve(MEDIA_ROOT, image);
      if (path.relative(MEDIA_ROOT, full).startsWith("..")) throw new Error("image must be in the media library");
      // ok: tool-input-to-path
      const bytes = await fsp.readFile(full);
      return { content: [{ type: "text", text: `attached ${bytes.length} bytes to ${releaseId}` }] };
    }),
  );

  server.registerTool(
    "distribute_release",
    {
      description: "Send an approved release to the distribution network.",
      inputSchema: { releaseId: z.string().uuid(), regions: z.array(z.enum(["eu", "us", "apac"])).min(1) },
      annotations: { destructiveHint: false, openWorldHint: true },
    },
    withErrorHandling(async ({ releaseId, regions }: { releaseId: string; regions: string[] }) => {
      const results = await Promise.all(
        regions.map((region) =>
          // ok: tool-input-to-url
          fetch(`https://api.distribution.example.com/v1/${region}/releases/${encodeURIComponent(releaseId)}`, {
            method: "POST",
            headers: { authorization: `Bearer ${DISTRIBUTION_API_KEY}` },
          }),
        ),
      );
      return { content: [{ type: "text", text: results.map((r, i) => `${regions[i]}: ${r.status}`).join("\n") }] };
    }),
  );
}
