import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execP = promisify(exec);
const execFileP = promisify(execFile);

export async function runCommand(command: string, cwd?: string): Promise<string> {
  const { stdout, stderr } = await execP(command, { cwd, maxBuffer: 20 * 1024 * 1024 });
  return stdout + (stderr ? `\n[stderr]\n${stderr}` : "");
}

export async function runTool(bin: string, args: string[], cwd?: string): Promise<string> {
  const { stdout } = await execFileP(bin, args, { cwd });
  return stdout;
}

export function buildFindCommand(dir: string, namePattern: string): string {
  return `find ${dir} -name "${namePattern}" -type f`;
}
