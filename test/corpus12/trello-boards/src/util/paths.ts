import path from "node:path";

/** Resolves `name` under `root` and refuses anything that escapes it. */
export function safePath(root: string, name: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, name);
  if (!full.startsWith(base + path.sep)) {
    throw new Error(`path escapes ${base}`);
  }
  return full;
}
