import path from "node:path";
import { existsSync } from "node:fs";

export interface Workspace {
  root: string;
  nxBin: string;
  defaultBase: string;
}

export function loadWorkspace(root: string): Workspace {
  const resolved = path.resolve(root);
  if (!existsSync(path.join(resolved, "nx.json"))) {
    throw new Error(`${resolved} is not an Nx workspace (no nx.json)`);
  }
  return {
    root: resolved,
    nxBin: path.join(resolved, "node_modules", ".bin", "nx"),
    defaultBase: process.env.NX_BASE ?? "origin/main",
  };
}

/** Resolves `p` against `root` and refuses anything that ends up outside of it. */
export function safePath(root: string, p: string): string {
  const base = path.resolve(root);
  const target = path.resolve(base, p);
  const rel = path.relative(base, target);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`path '${p}' is outside of ${base}`);
  }
  return target;
}
