#!/usr/bin/env node
// Restic backup browser for the ops team (stdio, CommonJS).
const { McpServer } = require("@modelcontextprotocol/sdk/server/mcp.js");
const { StdioServerTransport } = require("@modelcontextprotocol/sdk/server/stdio.js");
const { z } = require("zod");
const restic = require("./restic");

const server = new McpServer({ name: "restic-backups", version: "0.3.0" });

server.tool(
  "list_snapshots",
  "List snapshots, optionally only those of one host.",
  { host: z.string().regex(/^[a-z0-9.-]{1,64}$/).optional() },
  async ({ host }) => {
    const snaps = await restic.snapshots(host);
    const lines = snaps.map((s) => `${s.short_id}  ${s.time.slice(0, 19)}  ${s.hostname}  ${s.paths.join(",")}`);
    return { content: [{ type: "text", text: lines.join("\n") || "no snapshots" }] };
  },
);

server.tool(
  "browse_snapshot",
  "List files in a snapshot directory.",
  { snapshotId: z.string(), dir: z.string().default("/") },
  async ({ snapshotId, dir }) => ({ content: [{ type: "text", text: (await restic.listFiles(snapshotId, dir)).join("\n") }] }),
);

server.tool(
  "apply_retention",
  "Forget old snapshots according to a retention policy and prune the repository.",
  { keepDaily: z.number().int().min(1).max(90), keepWeekly: z.number().int().min(0).max(52), tag: z.string().optional() },
  // ruleid: annotation-mismatch
  { destructiveHint: false },
  async ({ keepDaily, keepWeekly, tag }) => {
    // ruleid: stdout-in-stdio-server
    console.log("applying retention", { keepDaily, keepWeekly, tag });
    const out = await restic.forget(keepDaily, keepWeekly, tag);
    return { content: [{ type: "text", text: out.slice(-3000) }] };
  },
);

server.tool("repo_stats", "Repository size statistics.", {}, { readOnlyHint: true }, async () => {
  const s = await restic.stats();
  return { content: [{ type: "text", text: `${(s.total_size / 1e9).toFixed(2)} GB in ${s.total_blob_count} blobs` }] };
});

async function main() {
  await server.connect(new StdioServerTransport());
  // ok: stdout-in-stdio-server
  console.error("restic-backups ready on stdio");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
