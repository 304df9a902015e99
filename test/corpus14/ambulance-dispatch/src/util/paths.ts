import path from "node:path";

/** Resolve `p` under `root` and refuse anything that leaves it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new Error(`path outside ${base}`);
  }
  return full;
}

/** Quick check used by the export tool. */
export function isUnder(root: string, p: string): boolean {
  return p.startsWith(root);
}
