import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { mkdir, stat } from "node:fs/promises";

const run = promisify(execFile);
const INBOX = path.resolve(process.env.ARCHIVE_INBOX ?? "./inbox");
const OUTBOX = path.resolve(process.env.ARCHIVE_OUTBOX ?? "./outbox");
const WORKSPACE = path.resolve(process.env.ARCHIVE_WORKSPACE ?? "./workspace");

function within(root: string, rel: string): string {
  const p = path.resolve(root, rel);
  const r = path.relative(root, p);
  if (r.startsWith("..") || path.isAbsolute(r)) throw new Error("path outside allowed folder");
  return p;
}

export async function listArchive(archive: string): Promise<string> {
  const file = within(INBOX, archive);
  // ok: tool-input-to-shell
  const { stdout } = await run("tar", ["-tzf", file]);
  return stdout;
}

export async function extractArchive(archive: string, destination: string): Promise<string> {
  const file = within(INBOX, archive);
  const dest = within(WORKSPACE, destination);
  // ok: tool-input-to-path
  await mkdir(dest, { recursive: true });
  // ok: tool-input-to-shell
  await run("tar", ["-xzf", file, "-C", dest, "--no-same-owner"]);
  return `extracted into ${path.relative(WORKSPACE, dest) || "."}`;
}

export async function createArchive(folder: string, name: string): Promise<string> {
  const src = path.join(WORKSPACE, folder);
  const out = path.join(OUTBOX, `${name}.tar.gz`);
  // ruleid: tool-input-to-path
  const info = await stat(src);
  if (!info.isDirectory()) throw new Error("not a folder");
  await run("tar", ["-czf", out, "-C", src, "."]);
  return `created ${name}.tar.gz`;
}
