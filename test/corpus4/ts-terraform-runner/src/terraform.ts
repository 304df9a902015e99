import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface RunResult {
  stdout: string;
  stderr: string;
}

const TF_BIN = process.env.TF_BIN ?? "terraform";

/** Runs terraform with an argument vector (no shell). */
export async function tf(cwd: string, args: string[]): Promise<RunResult> {
  // ok: tool-input-to-shell
  const { stdout, stderr } = await execFileAsync(TF_BIN, args, { cwd, maxBuffer: 8 * 1024 * 1024 });
  return { stdout, stderr };
}

/** Legacy helper kept for the `plan_target` tool: builds one command line. */
export async function tfShell(cwd: string, subcommand: string, extra: string): Promise<RunResult> {
  const line = `${TF_BIN} ${subcommand} -no-color ${extra}`;
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(line, { cwd });
  return { stdout, stderr };
}
