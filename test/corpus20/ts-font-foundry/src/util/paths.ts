import path from "node:path";

/** Resolves `p` against `root` and refuses anything that lands outside it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const resolved = path.resolve(base, p);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) {
    throw new Error(`path escapes ${base}`);
  }
  return resolved;
}

/** Older helper kept for the specimen tools: accepts absolute paths under the root. */
export function underRoot(root: string, p: string): string {
  if (!p.startsWith(root)) {
    throw new Error(`font files must live under ${root}`);
  }
  return p;
}
