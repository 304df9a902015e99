import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

/** Sends one command to the Liquidsoap telnet interface. */
export async function liquidsoap(host: string, port: number, command: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(`printf '%s\\nquit\\n' "${command}" | nc -q 1 ${host} ${port}`);
  return stdout.replace(/\r/g, "").replace(/\nBye!\n?$/, "").trim();
}

export async function probeDuration(file: string): Promise<number> {
  const { stdout } = await execFileAsync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file]);
  return Number.parseFloat(stdout);
}

export async function loudnessScan(files: string[]): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("loudgain", ["-s", "e", "-q", ...files]);
  return stdout;
}
