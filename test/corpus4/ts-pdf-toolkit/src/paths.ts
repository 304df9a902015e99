import path from "node:path";
import { realpath } from "node:fs/promises";

export const PDF_DIR = path.resolve(process.env.PDF_DIR ?? `${process.env.HOME}/Documents/pdf`);
export const OUT_DIR = path.resolve(process.env.PDF_OUT_DIR ?? `${PDF_DIR}/out`);

/**
 * Resolve a user-supplied document name inside `root`. Symlinks are resolved so a link that
 * points outside the folder is rejected too.
 */
export async function safeJoin(root: string, name: string): Promise<string> {
  const resolved = await realpath(path.resolve(root, name));
  const rel = path.relative(root, resolved);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${name} is outside ${root}`);
  }
  return resolved;
}

export function outputPath(name: string): string {
  const base = path.basename(name).replace(/[^\w.-]/g, "_");
  return path.join(OUT_DIR, base.endsWith(".pdf") ? base : `${base}.pdf`);
}
