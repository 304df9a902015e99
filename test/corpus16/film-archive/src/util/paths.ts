import path from "node:path";

export const VAULT_ROOT = path.resolve(process.env.FILM_VAULT ?? "/mnt/vault/film");
export const NOTES_ROOT = path.join(VAULT_ROOT, "notes");

/** Resolve a vault-relative path; throws if it leaves the vault. */
export function inVault(relative: string): string {
  const full = path.resolve(VAULT_ROOT, relative);
  const rel = path.relative(VAULT_ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("path escapes the film vault");
  }
  return full;
}
