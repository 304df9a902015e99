import { execFile } from "node:child_process";

/** Run git with an argument vector; no shell is involved. */
export function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("git", ["-C", cwd, ...args], { maxBuffer: 10 * 1024 * 1024 }, (err, stdout) => {
      if (err) reject(new Error("git command failed"));
      else resolve(stdout);
    });
  });
}
