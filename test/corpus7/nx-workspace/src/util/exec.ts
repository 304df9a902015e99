import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface RunOptions {
  cwd: string;
  timeoutMs?: number;
}

const MAX_BUFFER = 16 * 1024 * 1024;

/** Builds the `nx run project:target[:configuration]` command line. */
export function nxTargetCommand(nxBin: string, project: string, target: string, configuration?: string): string {
  const suffix = configuration ? `:${configuration}` : "";
  return `${nxBin} run ${project}:${target}${suffix} --skip-nx-cache`;
}

export async function runShell(command: string, opts: RunOptions): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(command, { cwd: opts.cwd, timeout: opts.timeoutMs ?? 600_000, maxBuffer: MAX_BUFFER });
  return stdout + (stderr ? `\n[stderr]\n${stderr}` : "");
}

export async function runNx(nxBin: string, args: string[], opts: RunOptions): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync(nxBin, args, { cwd: opts.cwd, timeout: opts.timeoutMs ?? 600_000, maxBuffer: MAX_BUFFER });
  return stdout;
}
