import path from "node:path";

/** Resolve `p` under `root`, refusing anything that escapes it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new Error(`path escapes the sync folder: ${p}`);
  }
  return full;
}

/** Quick check used by the cleanup tools. */
export function isUnderSync(root: string, p: string): boolean {
  return p.startsWith(root);
}

export function humanSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB"];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${bytes.toFixed(1)} ${units[i]}`;
}
