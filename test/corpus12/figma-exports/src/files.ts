import fs from "node:fs";
import path from "node:path";

export async function writeExport(outDir: string, name: string, data: Buffer): Promise<void> {
  await fs.promises.mkdir(outDir, { recursive: true });
  // ruleid: tool-input-to-path
  await fs.promises.writeFile(path.join(outDir, name), data);
}

export async function writeInside(outDir: string, name: string, data: Buffer): Promise<string> {
  const root = path.resolve(outDir);
  const target = path.resolve(root, name);
  const rel = path.relative(root, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("refusing to write outside the export folder");
  }
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  // ok: tool-input-to-path
  await fs.promises.writeFile(target, data);
  return target;
}
