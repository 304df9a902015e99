import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { promises as fsp } from "node:fs";
import path from "node:path";
import { BASELINE_ROOT, SNAPSHOT_ROOT, safePath, underSnapshots } from "../utils/paths.js";
import { lineDiff, sha256 } from "../utils/compare.js";

interface CompareOptions {
  baseline: string;
  snapshot: string;
  ignoreWhitespace: boolean;
  maxLines: number;
}

const DEFAULTS: Omit<CompareOptions, "baseline" | "snapshot"> = { ignoreWhitespace: true, maxLines: 200 };

async function readBaseline(name: string): Promise<string> {
  const file = safePath(BASELINE_ROOT, name);
  // ok: tool-input-to-path
  return fsp.readFile(file, "utf8");
}

async function readSnapshot(name: string): Promise<string> {
  const file = underSnapshots(name);
  // ruleid: tool-input-to-path
  return fsp.readFile(file, "utf8");
}

export function registerDriftTools(server: McpServer) {
  server.registerTool(
    "compare_config",
    {
      description: "Diff a host's captured config snapshot against its approved baseline",
      inputSchema: {
        baseline: z.string(),
        snapshot: z.string(),
        ignoreWhitespace: z.boolean().optional(),
        maxLines: z.number().int().max(1000).optional(),
      },
    },
    async (args) => {
      const opts: CompareOptions = { ...DEFAULTS, ...args };
      const [base, snap] = await Promise.all([readBaseline(opts.baseline), readSnapshot(opts.snapshot)]);
      const norm = (s: string) => (opts.ignoreWhitespace ? s.replace(/[ \t]+/g, " ").trim() : s);
      const diff = lineDiff(norm(base), norm(snap)).slice(0, opts.maxLines);
      return { content: [{ type: "text", text: diff.length ? diff.join("\n") : "no drift" }] };
    },
  );

  server.registerTool(
    "hash_baselines",
    {
      description: "SHA-256 of several baseline files",
      inputSchema: { files: z.array(z.string()).max(50) },
    },
    async ({ files }) => {
      const hashes = await Promise.all(files.map(async (f) => `${sha256(await readBaseline(f))}  ${f}`));
      return { content: [{ type: "text", text: hashes.join("\n") }] };
    },
  );

  server.registerTool(
    "accept_snapshot",
    {
      description: "Promote a snapshot to become the new baseline for a host",
      inputSchema: { host: z.string().regex(/^[a-z0-9.-]+$/), snapshot: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ host, snapshot }) => {
      const from = path.resolve(SNAPSHOT_ROOT, snapshot);
      const rel = path.relative(SNAPSHOT_ROOT, from);
      if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("snapshot outside the snapshot store");
      // ok: tool-input-to-path
      await fsp.copyFile(from, path.join(BASELINE_ROOT, `${host}.conf`));
      return { content: [{ type: "text", text: `${host} baseline updated` }] };
    },
  );

  server.registerTool(
    "purge_snapshots",
    {
      description: "Delete old snapshots of a host",
      inputSchema: { hostDir: z.string(), olderThanDays: z.number().int().min(1) },
      annotations: { destructiveHint: true },
    },
    async ({ hostDir, olderThanDays }) => {
      const dir = `${SNAPSHOT_ROOT}/${hostDir}`;
      const cutoff = Date.now() - olderThanDays * 86_400_000;
      let removed = 0;
      for (const entry of await fsp.readdir(dir)) {
        const full = path.join(dir, entry);
        if ((await fsp.stat(full)).mtimeMs < cutoff) {
          // ruleid: tool-input-to-path
          await fsp.unlink(full);
          removed++;
        }
      }
      return { content: [{ type: "text", text: `removed ${removed} snapshots` }] };
    },
  );
}
