import path from "node:path";

export const PROJECT_ROOT = path.resolve(process.env.PROJECT_ROOT ?? ".");

export function ensureInsideProject(candidate: string): string {
  const resolved = path.resolve(PROJECT_ROOT, candidate);
  const rel = path.relative(PROJECT_ROOT, resolved);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`path ${candidate} escapes the project root`);
  }
  return resolved;
}

export function isSafeIdentifier(s: string): boolean {
  return /^[a-zA-Z0-9_-]+$/.test(s);
}
