import path from "node:path";

export const SITE_ROOT = process.env.DRUPAL_ROOT ?? "/var/www/drupal";
export const CONFIG_SYNC = path.join(SITE_ROOT, "config", "sync");

/** Keeps config file names inside the sync directory. */
export function configFile(name) {
  const full = path.resolve(CONFIG_SYNC, name);
  const rel = path.relative(CONFIG_SYNC, full);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`config ${name} is outside the sync directory`);
  }
  return full;
}

export function logFile(name) {
  const cleaned = path.normalize(name).replace(/^\/+/, "");
  return path.join(SITE_ROOT, "logs", cleaned);
}
