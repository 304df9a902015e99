import { z } from "zod";
import { execFile, exec } from "node:child_process";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Deps } from "../index.js";
import { buildLegacyCommand, buildStreamArgv, safePath } from "../lib/commands.js";

const execFileP = promisify(execFile);
const execP = promisify(exec);

export function registerJobTools(server: McpServer, deps: Deps) {
  server.registerTool(
    "preview_gcode",
    {
      description: "Return the first lines and the bounding box of a G-code file.",
      inputSchema: { file: z.string().max(255) },
      annotations: { readOnlyHint: true },
    },
    async ({ file }) => {
      const full = safePath(deps.root, file);
      // ok: tool-input-to-path
      const text = await readFile(full, "utf8");
      const head = text.split("\n").slice(0, 40).join("\n");
      return { content: [{ type: "text", text: head }] };
    },
  );

  server.registerTool(
    "stream_job",
    {
      description: "Stream a G-code file to the controller (optionally in check mode).",
      inputSchema: { file: z.string(), checkMode: z.boolean().default(true) },
      annotations: { destructiveHint: true },
    },
    async ({ file, checkMode }) => {
      const full = safePath(deps.root, file);
      const argv = buildStreamArgv({ file: full, port: deps.port, checkMode });
      // ok: tool-input-to-shell
      const { stdout } = await execFileP("gcode-sender", argv, { timeout: 3_600_000 });
      deps.db.prepare("INSERT INTO jobs (name, finished_at) VALUES (?, datetime('now'))").run(file);
      return { content: [{ type: "text", text: stdout.slice(-2000) }] };
    },
  );

  server.registerTool(
    "stream_job_legacy",
    {
      description: "Stream a file with the old stream.py script (for the second router).",
      inputSchema: { file: z.string(), checkMode: z.boolean().default(true) },
      annotations: { destructiveHint: true },
    },
    async (args) => {
      const cmd = buildLegacyCommand({ ...args, port: deps.port });
      // ruleid: tool-input-to-shell
      const { stdout } = await execP(cmd, { cwd: deps.root });
      return { content: [{ type: "text", text: stdout.slice(-2000) }] };
    },
  );

  server.registerTool(
    "job_history",
    {
      description: "Jobs run on a material, newest first.",
      inputSchema: { material: z.string().max(40), limit: z.number().int().max(200).default(20) },
    },
    async ({ material, limit }) => {
      // ok: tool-input-to-sql
      const rows = deps.db.prepare("SELECT name, finished_at FROM jobs WHERE material = ? ORDER BY finished_at DESC LIMIT ?").all(material, limit);
      return { content: [{ type: "text", text: JSON.stringify(rows, null, 2) }] };
    },
  );

  server.registerTool(
    "forget_job",
    {
      description: "Remove a job from the history.",
      inputSchema: { name: z.string() },
      annotations: { destructiveHint: true },
    },
    async ({ name }) => {
      // ruleid: tool-input-to-sql
      deps.db.exec(`DELETE FROM jobs WHERE name = '${name}'`);
      return { content: [{ type: "text", text: `forgot ${name}` }] };
    },
  );
}
