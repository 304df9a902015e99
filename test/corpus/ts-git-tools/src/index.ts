#!/usr/bin/env node
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile, execSync, spawn } from "child_process";
import { promisify } from "util";
import { z } from "zod";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const REPO_DIR = process.env.GIT_REPO_DIR ?? process.cwd();

const server = new McpServer({
  name: "git-tools",
  version: "0.3.1",
});

function text(t: string) {
  return { content: [{ type: "text" as const, text: t }] };
}

server.tool(
  "git_log",
  "Show recent commits on a branch",
  { branch: z.string().describe("Branch name"), limit: z.number().int().min(1).max(200).default(20) },
  async ({ branch, limit }) => {
    const out = execSync(`git log --oneline -n ${limit} ${branch}`, { cwd: REPO_DIR, encoding: "utf8" }); // FLAW tool-input-to-shell
    return text(out);
  }
);

server.tool(
  "git_show",
  "Show a commit",
  { rev: z.string() },
  async ({ rev }) => {
    const { stdout } = await execAsync("git show --stat " + rev, { cwd: REPO_DIR }); // FLAW tool-input-to-shell
    return text(stdout);
  }
);

server.tool(
  "git_diff",
  "Diff two revisions",
  { from: z.string(), to: z.string().optional() },
  async ({ from, to }) => {
    const args = ["diff", "--no-color", from];
    if (to) args.push(to);
    const { stdout } = await execFileAsync("git", args, { cwd: REPO_DIR, maxBuffer: 10 * 1024 * 1024 }); // SAFE tool-input-to-shell
    return text(stdout);
  }
);

server.tool(
  "git_checkout",
  "Check out an existing branch",
  { branch: z.string() },
  async ({ branch }) => {
    if (!/^[A-Za-z0-9._\/-]+$/.test(branch) || branch.startsWith("-")) {
      return { isError: true, ...text("invalid branch name") };
    }
    execSync(`git checkout ${branch}`, { cwd: REPO_DIR }); // SAFE tool-input-to-shell
    return text(`switched to ${branch}`);
  }
);

server.tool(
  "git_blame",
  "Blame a file",
  { file: z.string(), lineStart: z.number().optional(), lineEnd: z.number().optional() },
  async ({ file, lineStart, lineEnd }) => {
    return new Promise((resolve) => {
      const range = lineStart && lineEnd ? `-L ${lineStart},${lineEnd}` : "";
      const child = spawn(`git blame ${range} -- ${file}`, { cwd: REPO_DIR, shell: true }); // FLAW tool-input-to-shell
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.on("close", () => resolve(text(out)));
    });
  }
);

server.tool(
  "git_grep",
  "Search tracked files for a pattern",
  { pattern: z.string(), ignoreCase: z.boolean().default(false) },
  async ({ pattern, ignoreCase }) => {
    const args = ["grep", "-n", ignoreCase ? "-i" : "", "-e", pattern].filter(Boolean);
    const child = spawn("git", args, { cwd: REPO_DIR }); // SAFE tool-input-to-shell
    const chunks: Buffer[] = [];
    for await (const c of child.stdout) chunks.push(c as Buffer);
    return text(Buffer.concat(chunks).toString("utf8"));
  }
);

server.tool(
  "git_status",
  "Working tree status",
  {},
  async () => {
    const out = execSync("git status --porcelain=v1 -b", { cwd: REPO_DIR, encoding: "utf8" }); // SAFE tool-input-to-shell
    return text(out || "clean");
  }
);

server.tool(
  "git_commit",
  "Commit staged changes with a message",
  { message: z.string().min(1) },
  async ({ message }) => {
    const escaped = message.replace(/"/g, '\\"');
    const { stdout } = await execAsync(`git commit -m "${escaped}"`, { cwd: REPO_DIR }); // FLAW tool-input-to-shell
    return text(stdout);
  }
);

async function main() {
  const transport = new StdioServerTransport();
  await server.connect(transport);
  console.error("git-tools MCP server running on stdio");
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
