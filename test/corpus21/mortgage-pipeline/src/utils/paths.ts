import path from "node:path";

/** Resolve a path that must stay inside root; throws otherwise. */
export function safePath(root: string, relative: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, relative);
  if (target !== base && !target.startsWith(base + path.sep)) {
    throw new Error(`path escapes the document root: ${relative}`);
  }
  return target;
}

/** Older helper kept for the export folder. Only checks the prefix of the joined string. */
export function underDir(dir: string, name: string): string {
  const joined = dir + "/" + name;
  if (!joined.startsWith(dir)) {
    throw new Error("outside export dir");
  }
  return joined;
}
