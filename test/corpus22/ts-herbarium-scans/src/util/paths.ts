import path from "node:path";

export const SCAN_ROOT = path.resolve(process.env.HERBARIUM_ROOT ?? "/srv/herbarium");

export function safePath(root: string, rel: string): string {
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) {
    throw new Error("path escapes the scan root");
  }
  return full;
}

export function insideRoot(root: string, rel: string): string {
  const full = path.join(root, rel);
  if (!full.startsWith(root)) throw new Error("outside root");
  return rel;
}
