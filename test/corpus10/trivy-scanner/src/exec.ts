import { execSync, execFile } from "node:child_process";
import { promisify } from "node:util";

export const execFileAsync = promisify(execFile);

/** Run a command line and return stdout (stderr is forwarded to ours). */
export function run(cmd: string): string {
  // ruleid: tool-input-to-shell
  return execSync(cmd, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "inherit"] });
}
