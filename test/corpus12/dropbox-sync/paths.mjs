import os from "node:os";
import path from "node:path";

export const SYNC_ROOT = path.resolve(process.env.DROPBOX_SYNC_DIR ?? path.join(os.homedir(), "Dropbox"));

/** Resolves a path relative to root and rejects traversal out of it. */
export function resolveInside(root, p) {
  const full = path.resolve(root, p);
  const rel = path.relative(root, full);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${p} is outside ${root}`);
  }
  return full;
}

/** Quick check used by the read tools. */
export function checkUnderRoot(p) {
  if (!p.startsWith(SYNC_ROOT)) {
    throw new Error(`only files under ${SYNC_ROOT} can be read`);
  }
}
