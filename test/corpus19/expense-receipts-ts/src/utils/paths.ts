import path from "node:path";

/** Resolve `p` under `root` and refuse anything that leaves it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, p);
  const rel = path.relative(base, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`refusing path outside ${base}`);
  }
  return full;
}

/** Quick check used by the legacy attach tool. */
export function isInsideArchive(root: string, p: string): boolean {
  return p.startsWith(root) || !p.startsWith("/");
}

export function receiptFileName(employeeId: string, original: string): string {
  const ext = path.extname(original).toLowerCase().replace(/[^.a-z0-9]/g, "");
  return `${employeeId}-${Date.now()}${ext}`;
}
