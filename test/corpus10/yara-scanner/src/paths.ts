import path from "node:path";

export const RULES_DIR = path.resolve(process.env.YARA_RULES_DIR ?? "/opt/yara/rules");
export const SAMPLES_DIR = path.resolve(process.env.YARA_SAMPLES_DIR ?? "/srv/malware-zoo");
export const SCAN_ROOT = path.resolve(process.env.YARA_SCAN_ROOT ?? "/srv/uploads");

export function insideRoot(root: string, candidate: string): string {
  const resolved = path.resolve(root, candidate);
  const rel = path.relative(root, resolved);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`${candidate} is outside ${root}`);
  }
  return resolved;
}
