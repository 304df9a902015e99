// Workspace helpers: every Terraform workspace lives under TF_ROOT/<name>.
import { realpathSync } from "node:fs";
import path from "node:path";

export const TF_ROOT = path.resolve(process.env.TF_ROOT ?? "/srv/terraform");

export class WorkspaceError extends Error {}

/** Resolve a workspace-relative path and refuse anything that escapes TF_ROOT. */
export function resolveInRoot(relative: string): string {
  const candidate = path.resolve(TF_ROOT, relative);
  const real = realpathSync.native(candidate);
  if (real !== TF_ROOT && !real.startsWith(TF_ROOT + path.sep)) {
    throw new WorkspaceError(`path escapes the terraform root: ${relative}`);
  }
  return real;
}

export function workspaceDir(name: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(name)) {
    throw new WorkspaceError(`invalid workspace name: ${name}`);
  }
  return path.join(TF_ROOT, name);
}
