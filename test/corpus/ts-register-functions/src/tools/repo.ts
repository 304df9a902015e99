import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as cp from "node:child_process";
import { z } from "zod";

export function registerRepoTools(server: McpServer, repoRoot: string): void {
  server.tool(
    "repo_search",
    "Search the repository with ripgrep",
    { query: z.string(), glob: z.string().optional() },
    async ({ query, glob }) => {
      const args = ["--line-number", "--max-count", "50", "--", query, repoRoot];
      if (glob) args.unshift("--glob", glob);
      const out = cp.spawnSync("rg", args, { encoding: "utf8" }); // SAFE tool-input-to-shell
      return { content: [{ type: "text", text: out.stdout || "no matches" }] };
    }
  );

  server.tool(
    "repo_search_regex",
    "Search the repository with a regular expression",
    { regex: z.string() },
    async ({ regex }) => {
      const out = cp.execSync(`rg --line-number '${regex}' ${repoRoot}`, { encoding: "utf8" }); // FLAW tool-input-to-shell
      return { content: [{ type: "text", text: out }] };
    }
  );

  server.tool(
    "count_lines",
    "Count lines of code by extension",
    { ext: z.enum(["ts", "js", "py", "go", "rs"]) },
    async ({ ext }) => {
      const out = cp.execSync(`find ${repoRoot} -name '*.${ext}' | xargs wc -l | tail -1`, { encoding: "utf8" }); // SAFE tool-input-to-shell
      return { content: [{ type: "text", text: out.trim() }] };
    }
  );
}
