import * as cp from "node:child_process";
import { promisify } from "node:util";

const exec = promisify(cp.exec);
const execFile = promisify(cp.execFile);

export function buildRenderCommand(scene: string, frames: string, pool: string): string {
  const parts = ["farm-submit", `--pool=${pool}`, `--frames=${frames}`, `--priority=50`, `"${scene}"`];
  return parts.join(" ");
}

export async function runShell(cmd: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await exec(cmd, { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 });
  return stdout + stderr;
}

export async function runArgv(bin: string, argv: string[]): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFile(bin, argv, { timeout: 30_000 });
  return stdout;
}

export async function runScriptWithEnv(script: string, env: Record<string, string>): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFile(script, [], { env: { ...process.env, ...env }, timeout: 120_000 });
  return stdout;
}
