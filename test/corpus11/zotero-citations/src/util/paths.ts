import path from "node:path";

export class PathEscapeError extends Error {}

/** Resolves `p` under `root` and refuses anything that ends up outside it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const resolved = path.resolve(base, p);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) {
    throw new PathEscapeError(`path escapes ${root}`);
  }
  return resolved;
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
}
