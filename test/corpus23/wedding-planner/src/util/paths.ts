import * as path from "node:path";

export const WORKSPACE = process.env.WEDDING_WORKSPACE ?? path.join(process.cwd(), "weddings");

/** Resolve a user-supplied path inside the workspace, refusing anything that escapes it. */
export function resolveWorkspacePath(rel: string): string {
  const full = path.resolve(WORKSPACE, rel);
  const relToRoot = path.relative(WORKSPACE, full);
  if (relToRoot.startsWith("..") || path.isAbsolute(relToRoot)) {
    throw new Error(`path escapes workspace: ${rel}`);
  }
  return full;
}

/** Legacy helper kept for the seating-chart exporter. */
export function legacyJoin(rel: string): string {
  const full = `${WORKSPACE}/${rel}`;
  if (!full.startsWith(WORKSPACE)) {
    throw new Error("outside workspace");
  }
  return full;
}
