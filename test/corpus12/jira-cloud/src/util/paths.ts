import os from "node:os";
import path from "node:path";

export const EXPORT_ROOT = process.env.JIRA_EXPORT_DIR ?? path.join(os.homedir(), "jira-exports");

/** Rejects targets outside the export folder. */
export function ensureInsideExports(target: string): string {
  if (!target.startsWith(EXPORT_ROOT)) {
    throw new Error(`exports must be written under ${EXPORT_ROOT}`);
  }
  return target;
}
