#!/usr/bin/env node
// git-workbench: local git helper tools for coding agents (stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { spawn, execSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { z } from "zod";
import { REPO_ROOT, gitLog, showCommit, commitAll, insideRepo } from "./git.js";

const server = new McpServer({ name: "git-workbench", version: "1.3.0" });

function text(t: string) {
  return { content: [{ type: "text" as const, text: t }] };
}

server.tool(
  "git_log",
  "Show recent commits on a branch or ref.",
  { ref: z.string().describe("Branch, tag or commit"), count: z.number().int().min(1).max(200).default(20) },
  async ({ ref, count }) => text(JSON.stringify(await gitLog(ref, count), null, 2)),
);

server.tool("git_show", "Show a commit with file statistics.", { sha: z.string() }, async ({ sha }) => text(await showCommit(sha)));

server.tool(
  "git_diff_file",
  "Unified diff of one file against HEAD.",
  { file: z.string() },
  async ({ file }) => {
    // ruleid: tool-input-to-shell
    const out = execSync("git diff HEAD -- " + file, { cwd: REPO_ROOT, encoding: "utf8" });
    return text(out || "(no changes)");
  },
);

server.tool(
  "git_switch",
  "Switch the working tree to another branch.",
  { branch: z.string().min(1) },
  { destructiveHint: true },
  async ({ branch }) => {
    // ruleid: tool-input-to-shell
    const child = spawn("git", ["switch", branch], { cwd: REPO_ROOT, shell: true });
    const code: number = await new Promise((resolve) => child.on("close", resolve));
    return text(code === 0 ? `Switched to ${branch}` : `git switch exited with ${code}`);
  },
);

server.tool(
  "git_blame",
  "Line-by-line authorship of a file.",
  { file: z.string() },
  { readOnlyHint: true },
  async ({ file }) => {
    // ok: tool-input-to-shell
    const child = spawn("git", ["blame", "--line-porcelain", "--", file], { cwd: REPO_ROOT });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    await new Promise((resolve) => child.on("close", resolve));
    return text(out);
  },
);

server.tool(
  "read_file",
  "Read a file from the repository working tree.",
  { file: z.string().describe("Path relative to the repository root") },
  // ok: annotation-mismatch
  { readOnlyHint: true },
  async ({ file }) => {
    // ok: tool-input-to-path
    const body = await readFile(insideRepo(file), "utf8");
    return text(body);
  },
);

server.tool(
  "read_file_at_root",
  "Read a top-level file such as README.md or package.json.",
  { name: z.string() },
  { readOnlyHint: true },
  async ({ name }) => {
    // ruleid: tool-input-to-path
    const body = await readFile(path.join(REPO_ROOT, name), "utf8");
    return text(body);
  },
);

server.tool(
  "commit_all",
  "Stage every change and create a commit.",
  { message: z.string().min(3).max(500) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true },
  async ({ message }) => text(await commitAll(message)),
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  // ruleid: stdout-in-stdio-server
  console.log(`git-workbench ready in ${REPO_ROOT}`);
}

main().catch((err) => {
  // ok: stdout-in-stdio-server
  console.error("git-workbench failed to start:", err);
  process.exit(1);
});
