// backup-mcp: snapshot project folders with tar and restic (ESM, stdio).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { exec, execFile, execSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(exec);
const runFile = promisify(execFile);

const PROJECTS = path.resolve(process.env.PROJECTS_DIR ?? "/home/dev/projects");
const BACKUP_DIR = path.resolve(process.env.BACKUP_DIR ?? "/var/backups/projects");
// ruleid: hardcoded-secret
const RESTIC_PASSWORD = "r3st1c-Backup-Key!2024-q7Zp";
const RESTIC_REPO = process.env.RESTIC_REPOSITORY ?? "sftp:backup@nas.local:/restic";

function projectDir(name) {
  const dir = path.resolve(PROJECTS, name);
  if (path.dirname(dir) !== PROJECTS) throw new Error(`not a project folder: ${name}`);
  return dir;
}

const server = new McpServer({ name: "backup-mcp", version: "0.4.1" });
const say = (text) => ({ content: [{ type: "text", text }] });

server.tool("archive", "Create a .tar.gz of a project folder.", { project: z.string() }, async ({ project }) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.join(BACKUP_DIR, `${path.basename(project)}-${stamp}.tar.gz`);
  try {
    // ruleid: tool-input-to-shell
    await run(`tar -czf ${target} -C ${PROJECTS} ${project}`);
    return say(`archived to ${target}`);
  } catch (err) {
    // ruleid: error-detail-leak
    return { isError: true, content: [{ type: "text", text: err.stack }] };
  }
});

server.tool("archive_safe", "Create a .tar.gz of a project folder (validated).", { project: z.string() }, async ({ project }) => {
  const dir = projectDir(project);
  const target = path.join(BACKUP_DIR, `${path.basename(dir)}-${Date.now()}.tar.gz`);
  try {
    // ok: tool-input-to-shell
    await runFile("tar", ["-czf", target, "-C", PROJECTS, path.basename(dir)]);
    return say(`archived to ${target}`);
  } catch (err) {
    console.error("archive_safe failed", err);
    // ok: error-detail-leak
    return { isError: true, content: [{ type: "text", text: "archiving failed; see the server log for details" }] };
  }
});

server.tool("mirror", "Mirror a project folder to another path with rsync.", { project: z.string(), destination: z.string() }, async ({ project, destination }) => {
  // ruleid: tool-input-to-shell
  const out = execSync(`rsync -a --delete ${projectDir(project)}/ ${destination}`, { encoding: "utf8" });
  return say(out || "mirrored");
});

server.tool("restic_snapshot", "Take a restic snapshot of a project.", { project: z.string() }, async ({ project }) => {
  const dir = projectDir(project);
  // ok: tool-input-to-shell
  const { stdout } = await runFile("restic", ["-r", RESTIC_REPO, "backup", dir], { env: { ...process.env, RESTIC_PASSWORD } });
  return say(stdout);
});

server.tool("write_manifest", "Write a manifest file listing a project's files.", { project: z.string(), manifestName: z.string() }, async ({ project, manifestName }) => {
  const dir = projectDir(project);
  await mkdir(BACKUP_DIR, { recursive: true });
  // ruleid: tool-input-to-path
  const stream = createWriteStream(path.join(BACKUP_DIR, manifestName));
  for (const name of await readdir(dir)) {
    const st = await stat(path.join(dir, name));
    stream.write(`${name}\t${st.size}\n`);
  }
  stream.end();
  return say(`manifest written`);
});

await server.connect(new StdioServerTransport());
// ruleid: stdout-in-stdio-server
console.log(`backup-mcp: projects=${PROJECTS} backups=${BACKUP_DIR}`);
