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
