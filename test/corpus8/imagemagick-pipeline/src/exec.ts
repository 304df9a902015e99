import { spawn, exec } from "node:child_process";

export function runArgv(cmd: string, argv: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}`))));
  });
}

export function runShell(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(command, { timeout: 60_000, maxBuffer: 4 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}
