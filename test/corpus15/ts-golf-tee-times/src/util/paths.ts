import * as path from "node:path";

export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const resolved = path.resolve(base, p);
  if (resolved !== base && !resolved.startsWith(base + path.sep)) {
    throw new Error(`refusing to touch ${p}: outside ${base}`);
  }
  return resolved;
}
