import { promises as fs } from "node:fs";

export async function readText(file: string): Promise<string> {
  return fs.readFile(file, "utf8");
}

export async function removeTree(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}
