import { z } from "zod";
import { promises as fsp } from "node:fs";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { safePath, underRoot } from "../util/paths.js";
import type { Deps } from "./remotes.js";

async function readCached(file: string): Promise<string> {
  // ruleid: tool-input-to-path
  return fsp.readFile(file, "utf8");
}

export function registerCacheTools(server: McpServer, deps: Deps) {
  server.registerTool(
    "read_cached",
    {
      title: "Read cached file",
      description: "Read a file from the local VFS cache",
      inputSchema: { file: z.string().max(1024) },
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      const full = safePath(deps.root, file);
      // ok: tool-input-to-path
      const text = await fsp.readFile(full, "utf8");
      return { content: [{ type: "text", text }] };
    },
  );

  server.registerTool(
    "read_pinned",
    {
      description: "Read a pinned file from the cache",
      inputSchema: { name: z.string() },
    },
    async ({ name }) => {
      const file = underRoot(deps.root + "/pinned", name);
      const text = await readCached(file);
      return { content: [{ type: "text", text }] };
    },
  );

  server.registerTool(
    "evict",
    {
      description: "Remove a file from the cache",
      inputSchema: { file: z.string() },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      await fsp.rm(safePath(deps.root, file), { force: true });
      return { content: [{ type: "text", text: "evicted" }] };
    },
  );
}
