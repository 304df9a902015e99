import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { safePath, type Workspace } from "../workspace.js";
import { runNx } from "../util/exec.js";

const gitRef = z.string().regex(/^[\w./-]{1,100}$/, "not a git ref");

export function registerGraphTools(server: McpServer, ws: Workspace) {
  server.tool(
    "affected_projects",
    "List the projects affected between two git refs",
    { base: gitRef.optional(), head: gitRef.optional() },
    async ({ base, head }) => {
      const args = ["show", "projects", "--affected", `--base=${base ?? ws.defaultBase}`, `--head=${head ?? "HEAD"}`, "--json"];
      const out = await runNx(ws.nxBin, args, { cwd: ws.root });
      const projects: string[] = JSON.parse(out);
      return { content: [{ type: "text", text: projects.length ? projects.join("\n") : "nothing affected" }] };
    },
  );

  server.tool(
    "read_build_log",
    "Read a build log written under dist/logs",
    { file: z.string().describe("Log file name relative to dist/logs") },
    // ok: annotation-mismatch
    { readOnlyHint: true, openWorldHint: false },
    async ({ file }) => {
      const abs = safePath(path.join(ws.root, "dist", "logs"), file);
      // ok: tool-input-to-path
      const text = await readFile(abs, "utf8");
      return { content: [{ type: "text", text: text.slice(-20_000) }] };
    },
  );
}
