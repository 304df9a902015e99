import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

const MAX_BUFFER = 8 * 1024 * 1024;

/** Runs a full command line through /bin/sh (used for the pyftsubset pipelines). */
export async function runPipeline(commandLine: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execAsync(commandLine, { maxBuffer: MAX_BUFFER });
  return stdout || stderr;
}

/** Runs one binary with an argument vector, no shell involved. */
export async function runBinary(bin: string, argv: string[]): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync(bin, argv, { maxBuffer: MAX_BUFFER });
  return stdout;
}
