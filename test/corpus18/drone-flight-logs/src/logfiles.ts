import { exec } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(exec);
export const LOG_ROOT = path.resolve(process.env.DRONE_LOG_ROOT ?? "/var/lib/flightlogs");

export function resolveLog(name: string): string {
  const full = path.resolve(LOG_ROOT, name);
  const rel = path.relative(LOG_ROOT, full);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`log ${name} is outside the log root`);
  }
  return full;
}

export async function readHeader(name: string): Promise<{ bytes: number; magic: string }> {
  const full = resolveLog(name);
  // ok: tool-input-to-path
  const buf = await fs.readFile(full);
  return { bytes: buf.length, magic: buf.subarray(0, 7).toString("latin1") };
}

function noParentSegments(p: string): void {
  if (p.includes("..")) throw new Error("parent directory references are not allowed");
}

export async function convertToCsv(log: string, topics: string[]): Promise<string> {
  noParentSegments(log);
  const file = path.resolve(LOG_ROOT, log);
  const topicFlag = topics.length ? `-m ${topics.join(",")}` : "";
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await run(`ulog2csv ${topicFlag} -o /tmp/ulog-export ${file}`, { timeout: 120_000 });
  return stdout || stderr;
}

export async function attachMedia(flight: string, media: Record<string, unknown>): Promise<string> {
  noParentSegments(flight);
  const dir = path.resolve(LOG_ROOT, flight);
  const target = path.join(dir, "media.json");
  // ruleid: tool-input-to-path
  await fs.writeFile(target, JSON.stringify(media, null, 2));
  return target;
}
