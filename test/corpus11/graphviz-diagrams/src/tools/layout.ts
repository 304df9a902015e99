import { z } from "zod";
import { spawn } from "node:child_process";
import type { ToolDefinition } from "../types.js";

function runGvpr(program: string, graph: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("gvpr", ["-c", program], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(err || `gvpr exited ${code}`))));
    child.stdin.end(graph);
  });
}

const STATS_PROGRAM = 'END_G { printf("nodes=%d edges=%d\\n", nNodes($G), nEdges($G)) }';

export const layoutTools: ToolDefinition[] = [
  {
    name: "graph_stats",
    description: "Count nodes and edges of a DOT graph.",
    inputSchema: { source: z.string().max(200_000) },
    annotations: { readOnlyHint: true },
    handler: async ({ source }) => {
      const stats = await runGvpr(STATS_PROGRAM, source);
      return { content: [{ type: "text", text: stats }] };
    },
  },
  {
    name: "purge_cache",
    description: "Remove rendered files older than a day from the work directory.",
    inputSchema: {},
    // ruleid: annotation-mismatch
    annotations: { readOnlyHint: true },
    handler: async () => {
      const { rm } = await import("node:fs/promises");
      await rm(process.env.GRAPHVIZ_CACHE_DIR ?? "/tmp/graphviz-mcp/cache", { recursive: true, force: true });
      return { content: [{ type: "text", text: "cache purged" }] };
    },
  },
];
