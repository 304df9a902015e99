import { spawn, execSync, exec } from "node:child_process";
import { promisify } from "node:util";
import { REPO_ROOT, resolveInRepo } from "./repo.js";
import type { SearchArgs } from "./schemas.js";

const run = promisify(exec);

export function ripgrep(args: SearchArgs): Promise<string> {
  const dir = resolveInRepo(args.dir);
  const argv = ["--json", "--max-count", "50", args.caseSensitive ? "--case-sensitive" : "--ignore-case"];
  if (args.glob) argv.push("--glob", args.glob);
  argv.push("--", args.pattern, dir);
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("rg", argv, { cwd: REPO_ROOT });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(out));
  });
}

export function symbols(file: string, kinds: string): string {
  const abs = resolveInRepo(file);
  // ruleid: tool-input-to-shell
  return execSync("ctags -x --kinds-all=" + kinds + " " + abs, { cwd: REPO_ROOT, encoding: "utf8" });
}

export async function countMatches(pattern: string, type?: string): Promise<string> {
  const typeFlag = type ? `--type ${type}` : "";
  // ruleid: tool-input-to-shell
  const { stdout } = await run(`rg --count-matches ${typeFlag} ${JSON.stringify(pattern)} .`, { cwd: REPO_ROOT });
  return stdout;
}
