import path from "node:path";

export const BASELINE_ROOT = path.resolve(process.env.DRIFT_BASELINES ?? "/srv/drift/baselines");
export const SNAPSHOT_ROOT = path.resolve(process.env.DRIFT_SNAPSHOTS ?? "/srv/drift/snapshots");

/** Resolve `p` under `root` and refuse anything that ends up outside it. */
export function safePath(root: string, p: string): string {
  const full = path.resolve(root, p);
  if (full !== root && !full.startsWith(root + path.sep)) {
    throw new Error(`refusing path outside ${root}`);
  }
  return full;
}

/** Older helper kept for the snapshot tools: checks the prefix of the joined string without resolving "..". */
export function underSnapshots(p: string): string {
  const candidate = `${SNAPSHOT_ROOT}/${p}`;
  if (!candidate.startsWith(SNAPSHOT_ROOT)) {
    throw new Error("not a snapshot path");
  }
  return candidate;
}
