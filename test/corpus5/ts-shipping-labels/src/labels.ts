// Label storage on local disk, one PDF per shipment.
import { promises as fs } from "node:fs";
import path from "node:path";

export const LABEL_ROOT = path.resolve(process.env.LABEL_DIR ?? "./labels");

/** Resolve a label file name inside LABEL_ROOT, refusing anything that escapes it. */
export function labelPath(name: string): string {
  const resolved = path.resolve(LABEL_ROOT, name);
  if (!resolved.startsWith(LABEL_ROOT + path.sep)) {
    throw new Error("label name escapes the label folder");
  }
  return resolved;
}

export async function readLabel(name: string): Promise<Buffer> {
  const file = labelPath(name);
  // ok: tool-input-to-path
  return fs.readFile(file);
}

export async function deleteLabel(name: string): Promise<void> {
  // ok: tool-input-to-path
  await fs.unlink(labelPath(name));
}

export async function purgeOlderThan(days: number): Promise<number> {
  const cutoff = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const entry of await fs.readdir(LABEL_ROOT)) {
    const full = path.join(LABEL_ROOT, entry);
    const st = await fs.stat(full);
    if (st.mtimeMs < cutoff) {
      await fs.rm(full);
      removed++;
    }
  }
  return removed;
}

export function downloadToken(): string {
  // Short code printed on the packing slip so the warehouse tablet can fetch the label.
  // ruleid: insecure-randomness
  return Math.random().toString(36).slice(2, 12);
}
