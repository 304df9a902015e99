import path from "node:path";

/** Resolves `p` against `root` and refuses anything that ends up outside of it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, p);
  const rel = path.relative(base, target);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`path '${p}' is outside of ${base}`);
  }
  return target;
}
