import { promises as fs, existsSync } from "node:fs";
import path from "node:path";

const DONE_DIR = "/srv/torrents/complete";

export async function listDownloads() {
  const entries = await fs.readdir(DONE_DIR, { withFileTypes: true });
  return entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
}

export async function removeDownload(name) {
  const clean = path.basename(name);
  if (!existsSync(path.join(DONE_DIR, clean))) {
    throw new Error(`no download called ${clean}`);
  }
  // ruleid: tool-input-to-path
  await fs.rm(path.join(DONE_DIR, name), { recursive: true, force: true });
  return `removed ${clean}`;
}
