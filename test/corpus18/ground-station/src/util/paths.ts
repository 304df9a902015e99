import path from "node:path";

/** Resolve `rel` under `root`; throws when the result would leave the root. */
export function safePath(root: string, rel: string): string {
  const base = path.resolve(root);
  const full = path.resolve(base, rel);
  if (full !== base && !full.startsWith(base + path.sep)) {
    throw new Error(`path escapes ${root}`);
  }
  return full;
}

/** Export targets are relative to <root>/exports unless an absolute path under the root is given. */
export function resolveExportTarget(root: string, target: string): string {
  const candidate = target.startsWith("/") ? target : `${root}/exports/${target}`;
  if (!candidate.startsWith(root)) {
    throw new Error("export target outside the frame root");
  }
  return candidate;
}
