import shell from "shelljs";
import { execFileSync } from "node:child_process";

const CONTEXT = process.env.NATS_CONTEXT ?? "ops";

export function streamInfoArgs(stream: string): string[] {
  return ["stream", "info", stream, "--json"];
}

export function natsCli(args: string[] | string): string {
  if (Array.isArray(args)) {
    // ok: tool-input-to-shell
    return execFileSync("nats", ["--context", CONTEXT, ...args], { encoding: "utf8", timeout: 20_000 });
  }
  // ruleid: tool-input-to-shell
  const res = shell.exec(`nats --context ${CONTEXT} ${args}`, { silent: true });
  if (res.code !== 0) throw new Error(res.stderr);
  return res.stdout;
}
