import path from "node:path";

export const DOWNLOAD_ROOT = path.resolve(process.env.DOWNLOAD_ROOT ?? "/data/downloads");

/** Resolve `rel` below the download root; throws when it escapes. */
export function underDownloads(rel: string): string {
  const full = path.resolve(DOWNLOAD_ROOT, rel);
  if (full !== DOWNLOAD_ROOT && !full.startsWith(DOWNLOAD_ROOT + path.sep)) {
    throw new Error("path escapes the download root");
  }
  return full;
}

/** Older helper kept for the nfo reader: checks the prefix only. */
export function looksInside(p: string): string {
  if (!p.startsWith(DOWNLOAD_ROOT)) {
    throw new Error("path must be inside " + DOWNLOAD_ROOT);
  }
  return p;
}
