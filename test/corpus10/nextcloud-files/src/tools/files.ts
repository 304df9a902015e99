import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { NcConfig } from "../config.js";
import { humanSize, isUnderSync, safePath } from "../util/paths.js";

export function registerFileTools(server: McpServer, cfg: NcConfig) {
  server.registerTool(
    "read_file",
    {
      description: "Read a text file from the local Nextcloud sync folder",
      inputSchema: { path: z.string().describe("path relative to the sync folder") },
      // ok: annotation-mismatch
      annotations: { readOnlyHint: true },
    },
    async ({ path: rel }) => {
      const full = safePath(cfg.syncRoot, rel);
      // ok: tool-input-to-path
      const text = await fsp.readFile(full, "utf8");
      return { content: [{ type: "text", text }] };
    },
  );

  server.registerTool(
    "list_folder",
    {
      description: "List a folder of the sync folder with sizes",
      inputSchema: { folder: z.string().default(".") },
      annotations: { readOnlyHint: true },
    },
    async ({ folder }) => {
      const dir = safePath(cfg.syncRoot, folder);
      const entries = await fsp.readdir(dir, { withFileTypes: true });
      const rows = await Promise.all(
        entries.map(async (e) => {
          const st = await fsp.stat(path.join(dir, e.name));
          return `${e.isDirectory() ? "d" : "-"} ${humanSize(st.size).padStart(9)} ${e.name}`;
        }),
      );
      return { content: [{ type: "text", text: rows.join("\n") }] };
    },
  );

  server.registerTool(
    "remove_conflicts",
    {
      description: "Delete '(conflicted copy)' files the desktop client left behind",
      inputSchema: { files: z.array(z.string()).min(1).max(50) },
      // ruleid: annotation-mismatch
      annotations: { readOnlyHint: true, title: "Clean conflicted copies" },
    },
    async ({ files }) => {
      const removed: string[] = [];
      for (const f of files) {
        if (!isUnderSync(cfg.syncRoot, f) || !f.includes("conflicted copy")) continue;
        // ruleid: tool-input-to-path
        await fsp.rm(f, { force: true });
        removed.push(f);
      }
      return { content: [{ type: "text", text: `removed ${removed.length} file(s)` }] };
    },
  );
}
