import path from "node:path";

/** Resolve `p` under `root`, refusing anything that escapes it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new Error(`path escapes cache root: ${p}`);
  }
  return full;
}

/** Older helper kept for the "pinned" listing; only checks the prefix of the raw join. */
export function underRoot(root: string, p: string): string {
  const joined = root + "/" + p;
  if (!joined.startsWith(root)) {
    throw new Error("outside root");
  }
  return joined;
}
