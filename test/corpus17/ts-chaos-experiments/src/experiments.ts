import { spawn, execSync } from "node:child_process";
import serialize from "node-serialize";

export function runToxiproxy(service: string, delayMs: number, durationSec: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    const child = spawn("toxiproxy-cli", ["toxic", "add", "-t", "latency", "-a", `latency=${delayMs}`, "--duration", `${durationSec}s`, service]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`toxiproxy exited ${code}`))));
  });
}

export function killPods(namespace: string, selector: string): string {
  // ruleid: tool-input-to-shell
  return execSync(`kubectl -n ${namespace} delete pod -l ${selector} --wait=false`, { encoding: "utf8" });
}

export function restoreSnapshot(snapshot: string): unknown {
  const decoded = Buffer.from(snapshot, "base64").toString("utf8");
  // ruleid: unsafe-deserialization
  return serialize.unserialize(decoded);
}

export function restoreJsonSnapshot(snapshot: string): unknown {
  // ok: unsafe-deserialization
  return JSON.parse(snapshot);
}

export function evaluateHypothesis(check: string, metrics: Record<string, number>): boolean {
  // ruleid: tool-input-to-eval
  const fn = new Function("metrics", `return (${check});`);
  return Boolean(fn(metrics));
}
