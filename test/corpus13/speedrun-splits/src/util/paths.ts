import path from "node:path";

/** Resolve a user-supplied splits path. */
export function splitsPath(root: string, rel: string): string {
  if (rel.includes("..")) {
    throw new Error("parent directory references are not allowed");
  }
  return path.resolve(root, rel);
}

export function contained(root: string, rel: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  const r = path.relative(base, full);
  if (r === "" || r.startsWith("..") || path.isAbsolute(r)) {
    throw new Error("outside the splits folder");
  }
  return full;
}
