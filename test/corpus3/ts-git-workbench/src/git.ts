// Git helpers shared by the tools. Everything runs inside REPO_ROOT.
import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import * as path from "node:path";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export const REPO_ROOT = path.resolve(process.env.GIT_WORKBENCH_REPO ?? process.cwd());

export interface LogEntry {
  sha: string;
  author: string;
  subject: string;
}

export async function gitLog(ref: string, count: number): Promise<LogEntry[]> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(`git log --format=%H%x09%an%x09%s -n ${count} ${ref}`, { cwd: REPO_ROOT });
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [sha, author, subject] = line.split("\t");
      return { sha, author, subject };
    });
}

export async function showCommit(sha: string): Promise<string> {
  if (!/^[0-9a-f]{7,40}$/i.test(sha)) {
    throw new Error("not a commit id");
  }
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("git", ["show", "--stat", "--format=fuller", sha], { cwd: REPO_ROOT });
  return stdout;
}

export async function commitAll(message: string): Promise<string> {
  await execFileAsync("git", ["add", "--all"], { cwd: REPO_ROOT });
  const { stdout } = await execFileAsync("git", ["commit", "-m", message], { cwd: REPO_ROOT });
  return stdout;
}

export function insideRepo(relative: string): string {
  const full = path.resolve(REPO_ROOT, relative);
  if (full !== REPO_ROOT && !full.startsWith(REPO_ROOT + path.sep)) {
    throw new Error(`${relative} is outside the repository`);
  }
  return full;
}
