import type { RunParams } from "./schemas.js";

export interface DbtDefaults {
  profilesDir: string;
  threads: number;
}

/** Argument vector for `dbt <command>`; never joined into a string. */
export function buildDbtArgs(params: RunParams, defaults: DbtDefaults): string[] {
  const args = [params.command, "--profiles-dir", defaults.profilesDir, "--target", params.target, "--threads", String(defaults.threads)];
  if (params.select) args.push("--select", params.select);
  if (params.exclude) args.push("--exclude", params.exclude);
  if (params.fullRefresh) args.push("--full-refresh");
  return args;
}
