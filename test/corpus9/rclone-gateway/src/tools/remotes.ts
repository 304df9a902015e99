import { z } from "zod";
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

const run = promisify(exec);
const runFile = promisify(execFile);

export interface Deps {
  root: string;
  rcloneBin: string;
}

function lsCommand(bin: string, remote: string, dir: string): string {
  return `${bin} lsjson ${remote}:${dir} --max-depth 1`;
}

export function registerRemoteTools(server: McpServer, deps: Deps) {
  server.tool(
    "list_remote",
    "List the entries of a directory on a configured rclone remote",
    { remote: z.string(), dir: z.string().default("") },
    async ({ remote, dir }) => {
      const cmd = lsCommand(deps.rcloneBin, remote, dir);
      // ruleid: tool-input-to-shell
      const { stdout } = await run(cmd, { maxBuffer: 8 * 1024 * 1024 });
      return { content: [{ type: "text", text: stdout }] };
    },
  );

  server.tool(
    "remote_size",
    { remote: z.string().regex(/^[A-Za-z0-9_-]+$/), path: z.string().max(512) },
    async (args) => {
      const target = `${args.remote}:${args.path}`;
      // ok: tool-input-to-shell
      const { stdout } = await runFile(deps.rcloneBin, ["size", "--json", target]);
      return { content: [{ type: "text", text: stdout }] };
    },
  );

  server.tool("list_remotes", "Show configured remotes", async () => {
    const { stdout } = await runFile(deps.rcloneBin, ["listremotes"]);
    return { content: [{ type: "text", text: stdout.trim() }] };
  });
}
