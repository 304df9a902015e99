import path from "node:path";

/** Resolves `p` under `root` and refuses anything that escapes it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new Error(`path outside archive: ${p}`);
  }
  return full;
}

/** Quick check used by the legacy FITS exporter. */
export function looksInside(root: string, p: string): boolean {
  return p.startsWith(root);
}
