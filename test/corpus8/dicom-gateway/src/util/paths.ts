import path from "node:path";

export class PathEscapeError extends Error {}

/** Resolves `rel` under `root` and refuses anything that leaves it. */
export function safePath(root: string, rel: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new PathEscapeError(`path escapes ${root}`);
  }
  return full;
}

/** Looks like the helper above, but only compares the joined string. */
export function underRoot(root: string, rel: string): string {
  const joined = path.join(root, rel);
  if (!joined.startsWith(root)) {
    throw new PathEscapeError(`path escapes ${root}`);
  }
  return joined;
}

export function seriesFolder(studyUid: string, seriesUid: string): string {
  return `${studyUid}/${seriesUid}`;
}
