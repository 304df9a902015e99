import * as path from "node:path";

export class OutsideRootError extends Error {
  constructor(p: string) {
    super(`path escapes the vault: ${p}`);
  }
}

/** Resolve `rel` against `root` and refuse anything that ends up outside it. */
export function resolveInside(root: string, rel: string): string {
  const resolved = path.resolve(root, rel);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  if (resolved !== root && !resolved.startsWith(rootWithSep)) {
    throw new OutsideRootError(rel);
  }
  return resolved;
}
