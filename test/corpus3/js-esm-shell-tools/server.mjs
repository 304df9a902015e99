// shell-tools: handy system commands for a local assistant (ESM, stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import * as cp from "node:child_process";
import { exec, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import shell from "shelljs";
import { z } from "zod";

const execP = promisify(exec);
const execFileP = promisify(execFile);

const server = new McpServer({ name: "shell-tools", version: "0.2.0" });
const text = (t) => ({ content: [{ type: "text", text: String(t) }] });

server.tool("disk_usage", "Disk usage of a directory.", { dir: z.string() }, async ({ dir }) => {
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(`du -sh ${dir}`);
  return text(stdout);
});

server.tool("npm_info", "Show npm registry metadata for a package.", { pkg: z.string() }, async ({ pkg }) => {
  // ruleid: tool-input-to-shell
  const out = cp.execSync("npm view " + pkg + " --json", { encoding: "utf8", timeout: 20_000 });
  return text(out);
});

server.tool("whois", "WHOIS record for a domain.", { domain: z.string() }, async ({ domain }) => {
  // ruleid: tool-input-to-shell
  const res = shell.exec(`whois ${domain} | head -n 60`, { silent: true });
  return text(res.stdout);
});

server.tool(
  "ping",
  "Ping a host three times.",
  { host: z.string().regex(/^[a-zA-Z0-9.-]{1,253}$/) },
  async ({ host }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("ping", ["-c", "3", host], { timeout: 15_000 });
    return text(stdout);
  },
);

server.tool("dns_lookup", "Resolve a name with dig.", { name: z.string(), type: z.enum(["A", "AAAA", "MX", "TXT", "NS"]) }, async ({ name, type }) => {
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("dig", ["+short", type, "--", name]);
  return text(stdout || "(no records)");
});

server.tool("who_listens", "Which process listens on a TCP port.", { port: z.number().int().min(1).max(65535) }, async ({ port }) => {
  // ok: tool-input-to-shell
  const { stdout } = await execP(`lsof -nP -iTCP:${port} -sTCP:LISTEN`).catch(() => ({ stdout: "" }));
  return text(stdout || `nothing listens on ${port}`);
});

server.tool("run_script", "Run an npm script of the current project.", { script: z.string() }, async ({ script }) => {
  // ruleid: tool-input-to-shell
  const child = spawn(`npm run ${script}`, { shell: true, cwd: process.cwd() });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const code = await new Promise((r) => child.on("close", r));
  return text(`exit ${code}\n${out}`);
});

server.tool("word_count", "Count words in a file.", { file: z.string() }, async ({ file }) => {
  // ok: tool-input-to-shell
  const child = spawn("wc", ["-w", "--", file]);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  await new Promise((r) => child.on("close", r));
  return text(out.trim());
});

server.tool("uptime", "System uptime and load.", {}, async () => {
  const { stdout } = await execP("uptime");
  return text(stdout);
});

await server.connect(new StdioServerTransport());
process.stderr.write("shell-tools ready\n");
