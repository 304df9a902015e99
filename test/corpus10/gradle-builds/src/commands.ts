export interface BuildOptions {
  tasks: string[];
  offline?: boolean;
  profile?: boolean;
  properties?: Record<string, string>;
  excludeTasks?: string[];
}

const DEFAULTS: Required<Omit<BuildOptions, "tasks">> = {
  offline: false,
  profile: false,
  properties: {},
  excludeTasks: [],
};

/** argv for ./gradlew; every value is its own argument. */
export function gradleArgv(opts: BuildOptions): string[] {
  const o = { ...DEFAULTS, ...opts };
  const argv = ["--console=plain", ...o.tasks];
  if (o.offline) argv.push("--offline");
  if (o.profile) argv.push("--profile");
  for (const [k, v] of Object.entries(o.properties)) argv.push(`-P${k}=${v}`);
  for (const t of o.excludeTasks) argv.push("-x", t);
  return argv;
}

/** The same build as a single command line, for the "copy command" output and CI shells. */
export function gradleCommandLine(wrapper: string, opts: BuildOptions): string {
  const o = { ...DEFAULTS, ...opts };
  const parts = [wrapper, "--console=plain", ...o.tasks];
  if (o.offline) parts.push("--offline");
  for (const [k, v] of Object.entries(o.properties)) parts.push(`-P${k}=${v}`);
  return parts.join(" ");
}
