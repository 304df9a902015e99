import path from "node:path";
import { realpathSync } from "node:fs";

export const REPO_ROOT = realpathSync(process.env.CODESEARCH_ROOT ?? process.cwd());

export function resolveInRepo(p: string): string {
  const abs = path.resolve(REPO_ROOT, p);
  const rel = path.relative(REPO_ROOT, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`${p} is outside of the repository`);
  return abs;
}
