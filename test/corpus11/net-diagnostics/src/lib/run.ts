import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);
const run = promisify(execFile);

export async function whois(domain: string): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await run("whois", ["-H", domain], { timeout: 20_000 });
  return stdout;
}

export async function mtrReport(host: string, cycles: number): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await sh(`mtr --report --report-cycles ${cycles} ${host}`, { timeout: 120_000 });
  return stdout;
}

export async function iperfClient(server: string, seconds: number): Promise<string> {
  // ok: tool-input-to-shell
  const { stdout } = await run("iperf3", ["-c", server, "-t", String(seconds), "-J"], { timeout: (seconds + 15) * 1000 });
  return stdout;
}

export async function digRecords(name: string, types: string[]): Promise<string[]> {
  return Promise.all(
    // ruleid: tool-input-to-shell
    types.map((t) => sh(`dig +short ${t} ${name}`).then((r) => r.stdout.trim())),
  );
}
