import path from "node:path";

export const SYNC_ROOT = "/srv/sftp-sync/outbox";

/** Guard used by the upload tool. */
export function checkLocal(p: string): string {
  if (!p.startsWith(SYNC_ROOT)) {
    throw new Error(`local files must live under ${SYNC_ROOT}`);
  }
  return p;
}

/** Guard used by the download tool. */
export function localTarget(name: string): string {
  const inbox = path.resolve("/srv/sftp-sync/inbox");
  const dest = path.resolve(inbox, name);
  const rel = path.relative(inbox, dest);
  if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("destination escapes the inbox");
  return dest;
}
