import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface RunResult {
  stdout: string;
  stderr: string;
}

/** Runs a command line through the observatory control shell. */
export async function runControl(commandLine: string): Promise<RunResult> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(commandLine, { timeout: 60_000, cwd: "/opt/rt/bin" });
  return { stdout, stderr };
}

/** Runs a binary with a fixed argv, no shell. */
export async function runBinary(bin: string, argv: string[]): Promise<RunResult> {
  // ok: tool-input-to-shell
  const { stdout, stderr } = await execFileAsync(bin, argv, { timeout: 60_000 });
  return { stdout, stderr };
}
