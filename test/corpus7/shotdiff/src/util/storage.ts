import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

export const OUT_DIR = process.env.SHOTS_DIR ?? "/var/lib/shotdiff";

export async function saveBaseline(name: string, png: Buffer): Promise<string> {
  await mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name);
  // ruleid: tool-input-to-path
  await writeFile(file, png);
  return file;
}

export async function saveCapture(slug: string, png: Buffer): Promise<string> {
  const dir = path.join(OUT_DIR, "captures");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${slug}-${Date.now()}.png`);
  // ok: tool-input-to-path
  await writeFile(file, png);
  return file;
}
