import { execFile, exec } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);

export interface PulumiOptions {
  cwd: string;
  token: string;
  showSecrets?: boolean;
  shellLine?: string;
  timeoutMs: number;
}

export const DEFAULTS: PulumiOptions = { cwd: "/srv/infra", token: "", timeoutMs: 180_000 };

export async function pulumi(args: string[], opts: PulumiOptions): Promise<string> {
  const env = { ...process.env, PULUMI_ACCESS_TOKEN: opts.token, PULUMI_SKIP_UPDATE_CHECK: "1" };
  if (opts.shellLine) {
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(opts.shellLine, { cwd: opts.cwd, env, timeout: opts.timeoutMs });
    return stdout;
  }
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("pulumi", args, { cwd: opts.cwd, env, timeout: opts.timeoutMs });
  return stdout;
}
